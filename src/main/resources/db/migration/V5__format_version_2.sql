-- Format version 2: every assessment has an identity (a UUID, kept through export and import), a
-- language, the committee and meeting date of its case, and may have a leader's review.
ALTER TABLE assessment ADD COLUMN assessment_uuid TEXT;
ALTER TABLE assessment ADD COLUMN language TEXT NOT NULL DEFAULT 'nb' CHECK (language IN ('nb', 'nn', 'en'));
ALTER TABLE assessment ADD COLUMN committee TEXT NOT NULL DEFAULT '';
ALTER TABLE assessment ADD COLUMN meeting_date TEXT;
ALTER TABLE assessment ADD COLUMN review_status TEXT CHECK (review_status IN ('REQUESTED', 'RETURNED', 'APPROVED'));
ALTER TABLE assessment ADD COLUMN reviewer TEXT NOT NULL DEFAULT '';
ALTER TABLE assessment ADD COLUMN review_date TEXT;
ALTER TABLE assessment ADD COLUMN review_comment TEXT NOT NULL DEFAULT '';

-- Assessments stored before version 2 get an identity now: a random (version 4) UUID in canonical lower-case form.
UPDATE assessment SET assessment_uuid = lower(
        hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
        || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))
    WHERE assessment_uuid IS NULL;

-- Not unique: an assessment in the bin keeps its identity, also when its file is imported again meanwhile.
CREATE INDEX assessment_by_uuid ON assessment (assessment_uuid);
