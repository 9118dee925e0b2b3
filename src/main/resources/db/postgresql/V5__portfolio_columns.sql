-- The portfolio reads the ratings and case facts of every assessment the user may see each time it
-- opens. Taking them out of 100 000 documents means reading and unpacking each whole document
-- (a few kilobytes, compressed) on the server; these columns hold just that part, in the form the
-- local library keeps (storage.JoinedRatings), and PostgreSQL computes them from the document on
-- every write, whoever writes it.

-- "3,D,2,0,3.1 3.4;4,N,0,0,": goal, first letter of the relevance, positive, negative, the targets
-- picked (space-separated); null when no goals.
CREATE FUNCTION baerekraft_joined_ratings(doc jsonb) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT string_agg((g ->> 'goal') || ',' || left(g ->> 'relevance', 1) || ',' || (g ->> 'positive') || ',' || (g ->> 'negative')
                      || ',' || array_to_string(ARRAY(SELECT jsonb_array_elements_text(
                                   CASE WHEN jsonb_typeof(g -> 'targets') = 'array' THEN g -> 'targets' ELSE '[]'::jsonb END)), ' '),
                      ';' ORDER BY (g ->> 'goal')::int)
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(doc -> 'goals') = 'array' THEN doc -> 'goals' ELSE '[]'::jsonb END) g
$$;

-- "11,15;7,0": the goals of each conflict whose handling has a text (0: within one goal), in the
-- document's order. Blank as the local library counts it (migration V10 there).
CREATE FUNCTION baerekraft_joined_weighed(doc jsonb) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT string_agg((c.value -> 'goals' ->> 0) || ',' || coalesce(c.value -> 'goals' ->> 1, '0'), ';' ORDER BY c.n)
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(doc -> 'conflicts') = 'array' THEN doc -> 'conflicts' ELSE '[]'::jsonb END)
         WITH ORDINALITY AS c(value, n)
    WHERE length(btrim(coalesce(c.value ->> 'handling', ''), E' \t\n\u000b\f\r\u00a0\u2009\u3000')) > 0
$$;

-- A case's alternatives as the document has them, with only what a roll-up reads: each label, the
-- zero mark, the goals' relevance, ratings and targets, and the weighed conflicts (handling "✓"); the texts,
-- a few kilobytes a case, are left out. Null when the case has no alternatives.
CREATE FUNCTION baerekraft_rollup_alternatives(doc jsonb) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
               'label', a.value -> 'label',
               'zero', a.value -> 'zero',
               'goals', (SELECT coalesce(jsonb_agg(jsonb_build_object('goal', g -> 'goal', 'relevance', g -> 'relevance',
                                                                      'positive', g -> 'positive', 'negative', g -> 'negative',
                                                                      'targets', coalesce(g -> 'targets', '[]'::jsonb))), '[]'::jsonb)
                         FROM jsonb_array_elements(CASE WHEN jsonb_typeof(a.value -> 'goals') = 'array' THEN a.value -> 'goals' ELSE '[]'::jsonb END) g),
               'conflicts', (SELECT coalesce(jsonb_agg(jsonb_build_object('goals', c.value -> 'goals', 'handling', '✓') ORDER BY c.n), '[]'::jsonb)
                             FROM jsonb_array_elements(CASE WHEN jsonb_typeof(a.value -> 'conflicts') = 'array' THEN a.value -> 'conflicts' ELSE '[]'::jsonb END)
                                  WITH ORDINALITY AS c(value, n)
                             WHERE length(btrim(coalesce(c.value ->> 'handling', ''), E' \t\n\u000b\f\r\u00a0\u2009\u3000')) > 0)
           )) ORDER BY a.n)::text
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(doc -> 'alternatives') = 'array' THEN doc -> 'alternatives' ELSE '[]'::jsonb END)
         WITH ORDINALITY AS a(value, n)
$$;

ALTER TABLE assessment
    ADD COLUMN rollup_organisation   text GENERATED ALWAYS AS (coalesce(document -> 'case' ->> 'organisation', '')) STORED,
    ADD COLUMN rollup_case_date      text GENERATED ALWAYS AS (document -> 'case' ->> 'date') STORED,
    ADD COLUMN rollup_exemption      text GENERATED ALWAYS AS (document -> 'case' ->> 'exemptionBasis') STORED,
    ADD COLUMN rollup_committee      text GENERATED ALWAYS AS (coalesce(document -> 'case' ->> 'committee', '')) STORED,
    ADD COLUMN rollup_meeting_date   text GENERATED ALWAYS AS (document -> 'case' ->> 'meetingDate') STORED,
    ADD COLUMN rollup_ratings        text GENERATED ALWAYS AS (baerekraft_joined_ratings(document)) STORED,
    ADD COLUMN rollup_weighed        text GENERATED ALWAYS AS (baerekraft_joined_weighed(document)) STORED,
    ADD COLUMN rollup_alternatives   text GENERATED ALWAYS AS (baerekraft_rollup_alternatives(document)) STORED,
    ADD COLUMN rollup_recommended    text GENERATED ALWAYS AS (document -> 'recommendation' ->> 'alternative') STORED;
