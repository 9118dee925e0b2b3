-- Alternatives of a case (format version 2). A case with alternatives keeps no goals, dimension texts
-- or handlings of its own; its 2 to 5 alternatives are held here as the .bkj file's "alternatives"
-- array (JSON), read and written by the file format's own code, so there is one mapping of an
-- alternative and not two. NULL for a single assessment. The recommendation is kept in columns so a
-- reason written before an alternative was chosen is not lost.
ALTER TABLE assessment ADD COLUMN alternatives TEXT;
ALTER TABLE assessment ADD COLUMN recommended_alternative TEXT NOT NULL DEFAULT '';
ALTER TABLE assessment ADD COLUMN recommendation_reason TEXT NOT NULL DEFAULT '';
