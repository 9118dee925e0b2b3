-- The first schema: one row per assessment, its goals, dimension texts and conflict handlings.
CREATE TABLE assessment (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    title           TEXT    NOT NULL,
    case_number     TEXT    NOT NULL DEFAULT '',
    case_type       TEXT    NOT NULL DEFAULT 'OTHER',
    organisation    TEXT    NOT NULL DEFAULT '',
    unit            TEXT    NOT NULL DEFAULT '',
    caseworker      TEXT    NOT NULL DEFAULT '',
    case_date       TEXT,
    description     TEXT    NOT NULL DEFAULT '',
    exemption_basis TEXT,
    collaboration   TEXT    NOT NULL DEFAULT '',
    conclusion      TEXT    NOT NULL DEFAULT '',
    status          TEXT    NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'COMPLETE')),
    created_at      TEXT    NOT NULL,
    changed_at      TEXT    NOT NULL
);

CREATE TABLE goal_assessment (
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    goal          INTEGER NOT NULL CHECK (goal BETWEEN 1 AND 17),
    relevance     TEXT    NOT NULL CHECK (relevance IN ('DIRECT', 'INDIRECT', 'NOT_RELEVANT')),
    positive      INTEGER NOT NULL CHECK (positive BETWEEN 0 AND 3),
    negative      INTEGER NOT NULL CHECK (negative BETWEEN 0 AND 3),
    certainty     TEXT,
    horizon       TEXT,
    targets       TEXT    NOT NULL DEFAULT '',
    justification TEXT    NOT NULL DEFAULT '',
    measures      TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (assessment_id, goal)
);

CREATE TABLE dimension_text (
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    dimension     TEXT    NOT NULL CHECK (dimension IN ('ENVIRONMENT', 'SOCIAL', 'ECONOMIC')),
    text          TEXT    NOT NULL,
    PRIMARY KEY (assessment_id, dimension)
);

-- goal_b is 0 for a conflict within one goal.
CREATE TABLE conflict_handling (
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    goal_a        INTEGER NOT NULL CHECK (goal_a BETWEEN 1 AND 17),
    goal_b        INTEGER NOT NULL CHECK (goal_b BETWEEN 0 AND 17),
    handling      TEXT    NOT NULL DEFAULT '',
    mitigation    TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (assessment_id, goal_a, goal_b)
);
