-- Format version 2 gives every assessment an identity across libraries and files ("id" in the
-- document); an imported file is recognised by it, so it is looked up by an index.
CREATE INDEX assessment_identity ON assessment ((document ->> 'id')) WHERE deleted_at IS NULL;
