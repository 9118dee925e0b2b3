-- Versioned saves: each save names the version it started from and is refused when the stored
-- version has moved on, so two windows (or the window and the command line) never overwrite each
-- other silently. changed_by is who made the stored version (the operating system's user name).
ALTER TABLE assessment ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE assessment ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
