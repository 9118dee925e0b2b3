-- Deleting moves an assessment to the bin (undo restores it), and a lower-cased search text makes
-- the library's search one indexed scan. The search text of old rows is filled in by V3 (Java).
ALTER TABLE assessment ADD COLUMN deleted_at TEXT;
ALTER TABLE assessment ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
CREATE INDEX assessment_by_changed ON assessment (deleted_at, changed_at DESC);
