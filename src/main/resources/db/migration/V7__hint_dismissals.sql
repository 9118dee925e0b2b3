-- Issue 20: a trade-off hint the caseworker marked «Vurdert – ikke aktuelt» stays dismissed, with
-- an optional reason; and one optional note may cover all the small (severity-1) conflicts. The
-- .bkj format has no field for either, so they are kept in the library only.
CREATE TABLE hint_dismissal (
    assessment_id   INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    goal_a          INTEGER NOT NULL CHECK (goal_a BETWEEN 1 AND 17),
    goal_b          INTEGER NOT NULL CHECK (goal_b BETWEEN 1 AND 17),
    overlooked_goal INTEGER NOT NULL CHECK (overlooked_goal IN (goal_a, goal_b)),
    reason          TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (assessment_id, goal_a, goal_b, overlooked_goal)
);

ALTER TABLE assessment ADD COLUMN minor_conflicts_note TEXT NOT NULL DEFAULT '';
