-- Step 7 remembers that a report was made: the time of the latest report of each assessment, so
-- the step list does not say "not started" on the next open of an assessment already reported on.
CREATE TABLE report_made (
    assessment_id INTEGER PRIMARY KEY REFERENCES assessment (id),
    made_at       TEXT NOT NULL
);
