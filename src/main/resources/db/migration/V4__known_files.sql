-- A .bkj file opened again from the file manager opens the assessment it was imported into or
-- exported from, instead of becoming a copy: the library remembers each such file by its SHA-256.
CREATE TABLE known_file (
    sha256        TEXT PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessment (id)
);
