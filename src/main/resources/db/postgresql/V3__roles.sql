-- Who may see what, enforced by PostgreSQL itself (anyone with the credentials could connect with
-- another program), an audit trail, and a leader's review (kvalitetssikring).
--
-- Identity is the connected database role: row-level security compares current_user, and the
-- triggers that write history and audit use session_user (inside SECURITY DEFINER functions
-- current_user is the owner). The table owner and superusers (IT) are outside these rules: they
-- can change the schema anyway. Everyone else is a registered user with one program role.

-- Group roles, one per program role; `server user add` makes each user a member of one. Roles are
-- shared by all databases on the server, so they may already be there.
DO $$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['baerekraft_saksbehandler', 'baerekraft_leder', 'baerekraft_leser', 'baerekraft_administrator'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', name);
            EXCEPTION WHEN duplicate_object THEN
                NULL; -- made meanwhile by the migration of another database on the same server
            END;
        END IF;
    END LOOP;
END
$$;
-- A leader is a caseworker too.
GRANT baerekraft_saksbehandler TO baerekraft_leder;

-- The users: keyed on the PostgreSQL login role, with the name reports show and one program role.
CREATE TABLE library_user (
    login      text        PRIMARY KEY CHECK (length(login) BETWEEN 1 AND 63),
    name       text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    role       text        NOT NULL CHECK (role IN ('CASEWORKER', 'LEADER', 'READER', 'ADMINISTRATOR')),
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text        NOT NULL DEFAULT session_user
);

-- The units a user works in (a caseworker) or leads (a leader). Compared case-insensitively with
-- the unit an assessment names.
CREATE TABLE library_user_unit (
    login text NOT NULL REFERENCES library_user (login) ON DELETE CASCADE,
    unit  text NOT NULL CHECK (length(btrim(unit)) BETWEEN 1 AND 300),
    PRIMARY KEY (login, unit)
);

-- What the rules need, kept by the database so no client can set it wrongly:
--   exempt         the case has an exemption basis (computed from the document);
--   review_status  the document's review status (computed);
--   owner_login    who made it (set by the trigger below);
--   authors        everyone who changed its content (set by the trigger): they may not approve it;
--   colleagues     whom the owner lets see and change it, also when exempt;
--   approved_by/at who really approved it, and when (set by the trigger).
ALTER TABLE assessment
    ADD COLUMN exempt boolean GENERATED ALWAYS AS ((document -> 'case' ->> 'exemptionBasis') IS NOT NULL) STORED,
    ADD COLUMN review_status text GENERATED ALWAYS AS (document -> 'review' ->> 'status') STORED,
    ADD COLUMN owner_login text NOT NULL DEFAULT session_user,
    ADD COLUMN authors text[] NOT NULL DEFAULT ARRAY[session_user]::text[],
    ADD COLUMN colleagues text[] NOT NULL DEFAULT '{}',
    ADD COLUMN approved_by text,
    ADD COLUMN approved_at timestamptz;

ALTER TABLE assessment_history ADD COLUMN changed_login text NOT NULL DEFAULT session_user;

-- Assessments made before this version: the owner is whoever saved the first version kept (the
-- program signed in with the user's own name when the connection file named no user).
UPDATE assessment a SET owner_login = first.changed_by, authors = everyone.names
FROM (SELECT DISTINCT ON (assessment_id) assessment_id, changed_by FROM assessment_history
      ORDER BY assessment_id, first_version) first,
     (SELECT assessment_id, array_agg(DISTINCT changed_by) AS names FROM assessment_history GROUP BY assessment_id) everyone
WHERE first.assessment_id = a.id AND everyone.assessment_id = a.id;
UPDATE assessment_history SET changed_login = changed_by;

CREATE INDEX assessment_review ON assessment (review_status) WHERE deleted_at IS NULL;

-- Comments of a leader's review, each tied to a step or a goal. Append-only.
CREATE TABLE review_comment (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    assessment_id bigint      NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    step          text        NOT NULL CHECK (step IN ('CASE', 'SCREENING', 'ASSESSMENT', 'DIMENSIONS', 'CONFLICTS', 'SUMMARY')),
    goal          integer     CHECK (goal BETWEEN 1 AND 17),
    text          text        NOT NULL CHECK (length(btrim(text)) BETWEEN 1 AND 20000),
    author_login  text        NOT NULL DEFAULT session_user,
    author_name   text        NOT NULL,
    written_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX review_comment_of ON review_comment (assessment_id, written_at);

-- Who opened, exported or changed an exempt assessment, and who changed roles. Append-only for
-- everyone: a trigger refuses UPDATE and DELETE even to the owner.
CREATE TABLE audit_event (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at            timestamptz NOT NULL DEFAULT now(),
    login         text        NOT NULL DEFAULT session_user,
    action        text        NOT NULL CHECK (action IN ('OPENED', 'EXPORTED', 'CREATED', 'CHANGED', 'DELETED',
                                                         'USER_ADDED', 'ROLE_CHANGED', 'USER_REMOVED')),
    assessment_id bigint,
    detail        text        NOT NULL DEFAULT '' CHECK (length(detail) <= 2000)
);
CREATE INDEX audit_event_at ON audit_event (at DESC);
CREATE INDEX audit_event_of ON audit_event (assessment_id, at DESC);

-- IT: a superuser, or a member of the role that owns the tables.
CREATE FUNCTION baerekraft_is_it() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
    SELECT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
        OR pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'assessment'::regclass), 'MEMBER')
$$;

CREATE FUNCTION baerekraft_leads(who text, which_unit text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM library_user p JOIN library_user_unit u ON u.login = p.login
                   WHERE p.login = who AND p.role = 'LEADER' AND lower(btrim(u.unit)) = lower(btrim(which_unit)))
$$;

-- The rules of a save, whoever sends it: the columns the rules depend on come from the document;
-- only the database sets owner, authors and approver; an approval is given by a leader of the unit
-- who did not write it, to a complete assessment, without changing it; and an approved assessment
-- cannot be changed and stay approved (the program makes it a draft asking for a new review).
-- Errors carry SQLSTATEs of their own (BK0xx) so the program can explain them in Norwegian.
CREATE FUNCTION baerekraft_assessment_rules() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
DECLARE
    me text := session_user;
    it boolean := baerekraft_is_it();
    new_review text := NEW.document -> 'review' ->> 'status';
    old_review text;
    content_changed boolean;
    my_name text;
BEGIN
    NEW.status := coalesce(NEW.document ->> 'status', 'DRAFT');
    NEW.unit := coalesce(NEW.document -> 'case' ->> 'unit', '');
    IF TG_OP = 'INSERT' THEN
        IF it THEN
            -- Copying a library (server import-library) keeps the owner it is given.
            NEW.authors := ARRAY[NEW.owner_login];
            RETURN NEW;
        END IF;
        IF new_review IN ('APPROVED', 'RETURNED') THEN
            RAISE EXCEPTION 'a new assessment cannot arrive reviewed' USING ERRCODE = 'BK005';
        END IF;
        NEW.owner_login := me;
        NEW.authors := ARRAY[me];
        NEW.colleagues := '{}';
        NEW.approved_by := NULL;
        NEW.approved_at := NULL;
        RETURN NEW;
    END IF;

    IF it THEN
        RETURN NEW;
    END IF;
    IF NEW.owner_login IS DISTINCT FROM OLD.owner_login OR NEW.authors IS DISTINCT FROM OLD.authors
            OR NEW.approved_by IS DISTINCT FROM OLD.approved_by OR NEW.approved_at IS DISTINCT FROM OLD.approved_at THEN
        RAISE EXCEPTION 'owner, authors and approver are set by the database' USING ERRCODE = 'BK006';
    END IF;
    IF NEW.colleagues IS DISTINCT FROM OLD.colleagues THEN
        IF me <> OLD.owner_login THEN
            RAISE EXCEPTION 'only the owner names colleagues' USING ERRCODE = 'BK007';
        END IF;
        IF EXISTS (SELECT 1 FROM unnest(NEW.colleagues) c WHERE NOT EXISTS (
                SELECT 1 FROM library_user p WHERE p.login = c AND p.role IN ('CASEWORKER', 'LEADER'))) THEN
            RAISE EXCEPTION 'a colleague is a registered caseworker or leader' USING ERRCODE = 'BK015';
        END IF;
    END IF;

    old_review := OLD.document -> 'review' ->> 'status';
    -- Content changed: the document without its review. Copies of the document are made only when
    -- the review changed too (rare); an autosave compares the documents as they are.
    IF (NEW.document -> 'review') IS NOT DISTINCT FROM (OLD.document -> 'review') THEN
        content_changed := NEW.document IS DISTINCT FROM OLD.document;
    ELSE
        content_changed := (NEW.document - 'review') IS DISTINCT FROM (OLD.document - 'review');
    END IF;
    IF content_changed THEN
        IF NOT me = ANY (OLD.authors) THEN
            NEW.authors := OLD.authors || me;
        END IF;
        IF new_review = 'APPROVED' AND old_review = 'APPROVED' THEN
            RAISE EXCEPTION 'an approved assessment that changes needs a new approval' USING ERRCODE = 'BK004';
        END IF;
    END IF;

    IF new_review IS DISTINCT FROM old_review
            OR (new_review = 'APPROVED' AND (NEW.document -> 'review') IS DISTINCT FROM (OLD.document -> 'review')) THEN
        IF new_review IN ('APPROVED', 'RETURNED') AND NOT baerekraft_leads(me, NEW.unit) THEN
            RAISE EXCEPTION 'only a leader of the unit reviews' USING ERRCODE = 'BK003';
        END IF;
        IF new_review = 'APPROVED' THEN
            IF me = ANY (NEW.authors) THEN
                RAISE EXCEPTION 'an assessment is not approved by its author' USING ERRCODE = 'BK001';
            END IF;
            IF NEW.status <> 'COMPLETE' THEN
                RAISE EXCEPTION 'only a complete assessment is approved' USING ERRCODE = 'BK002';
            END IF;
            SELECT name INTO my_name FROM library_user WHERE login = me;
            IF coalesce(NEW.document -> 'review' ->> 'reviewer', '') <> my_name THEN
                RAISE EXCEPTION 'the approval names the leader who gives it' USING ERRCODE = 'BK008';
            END IF;
            NEW.approved_by := me;
            NEW.approved_at := now();
        END IF;
    END IF;
    IF coalesce(new_review, '') <> 'APPROVED' THEN
        NEW.approved_by := NULL;
        NEW.approved_at := NULL;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER assessment_rules BEFORE INSERT OR UPDATE ON assessment
    FOR EACH ROW EXECUTE FUNCTION baerekraft_assessment_rules();

-- The history is written by the database on every save, so it holds what was really stored and
-- the program's roles need no right to write it. Saves by the same person within five minutes of
-- an entry's start widen that entry (PostgresLibrary.MERGE_WINDOW); a restore always starts one,
-- named by the transaction's setting baerekraftsjekk.restored_from.
CREATE FUNCTION baerekraft_record_history() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
DECLARE
    restored bigint := nullif(current_setting('baerekraftsjekk.restored_from', true), '')::bigint;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.version = OLD.version THEN
            RETURN NULL; -- the bin, or the colleagues: not a save
        END IF;
        IF restored IS NULL THEN
            UPDATE assessment_history SET version = NEW.version, document = NEW.document, changed_at = NEW.changed_at
            WHERE assessment_id = NEW.id AND version = NEW.version - 1 AND changed_by = NEW.changed_by
              AND changed_login = session_user AND started_at > NEW.changed_at - interval '5 minutes'
              AND restored_from IS NULL;
            IF FOUND THEN
                RETURN NULL;
            END IF;
        END IF;
    ELSE
        restored := NULL;
    END IF;
    INSERT INTO assessment_history (assessment_id, version, first_version, document, started_at, changed_at,
                                    changed_by, restored_from, changed_login)
    VALUES (NEW.id, NEW.version, NEW.version, NEW.document, NEW.changed_at, NEW.changed_at,
            NEW.changed_by, restored, session_user);
    RETURN NULL;
END
$$;

CREATE TRIGGER assessment_history_record AFTER INSERT OR UPDATE ON assessment
    FOR EACH ROW EXECUTE FUNCTION baerekraft_record_history();

-- Every change to an exempt assessment (or one that was exempt) goes to the audit trail.
CREATE FUNCTION baerekraft_audit_exempt_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
DECLARE
    what text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.exempt THEN
            INSERT INTO audit_event (login, action, assessment_id, detail) VALUES (session_user, 'CREATED', NEW.id, 'v1');
        END IF;
        RETURN NULL;
    END IF;
    IF NOT (OLD.exempt OR NEW.exempt) THEN
        RETURN NULL;
    END IF;
    IF NEW.deleted_at IS DISTINCT FROM OLD.deleted_at THEN
        what := CASE WHEN NEW.deleted_at IS NULL THEN 'restored from the bin' ELSE 'to the bin' END;
        INSERT INTO audit_event (login, action, assessment_id, detail) VALUES (session_user, 'DELETED', NEW.id, what);
    END IF;
    IF NEW.version <> OLD.version OR NEW.colleagues IS DISTINCT FROM OLD.colleagues THEN
        what := 'v' || NEW.version;
        IF NEW.colleagues IS DISTINCT FROM OLD.colleagues THEN
            what := what || ' colleagues: ' || array_to_string(NEW.colleagues, ', ');
        END IF;
        IF OLD.exempt AND NOT NEW.exempt THEN
            what := what || ' (no longer exempt)';
        END IF;
        INSERT INTO audit_event (login, action, assessment_id, detail) VALUES (session_user, 'CHANGED', NEW.id, left(what, 2000));
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER assessment_audit AFTER INSERT OR UPDATE ON assessment
    FOR EACH ROW EXECUTE FUNCTION baerekraft_audit_exempt_change();

-- Who, when and what: set by the database on every audit row, whatever a client sends.
CREATE FUNCTION baerekraft_audit_stamp() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'BK009';
    END IF;
    NEW.at := now();
    NEW.login := session_user;
    RETURN NEW;
END
$$;

CREATE TRIGGER audit_event_stamp BEFORE INSERT OR UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION baerekraft_audit_stamp();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION baerekraft_audit_stamp();

-- Changes to users and their units are audited, by whatever way they are made.
CREATE FUNCTION baerekraft_audit_user_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
BEGIN
    IF TG_TABLE_NAME = 'library_user' THEN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO audit_event (action, detail) VALUES ('USER_ADDED', left(NEW.login || ': ' || NEW.role || ' (' || NEW.name || ')', 2000));
        ELSIF TG_OP = 'DELETE' THEN
            INSERT INTO audit_event (action, detail) VALUES ('USER_REMOVED', left(OLD.login || ': ' || OLD.role, 2000));
        ELSIF NEW.role IS DISTINCT FROM OLD.role OR NEW.name IS DISTINCT FROM OLD.name THEN
            INSERT INTO audit_event (action, detail) VALUES ('ROLE_CHANGED',
                left(NEW.login || ': ' || OLD.role || ' -> ' || NEW.role || ' (' || NEW.name || ')', 2000));
        END IF;
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO audit_event (action, detail) VALUES ('ROLE_CHANGED', left(NEW.login || ': + unit ' || NEW.unit, 2000));
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO audit_event (action, detail) VALUES ('ROLE_CHANGED', left(OLD.login || ': - unit ' || OLD.unit, 2000));
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER library_user_audit AFTER INSERT OR UPDATE OR DELETE ON library_user
    FOR EACH ROW EXECUTE FUNCTION baerekraft_audit_user_change();
CREATE TRIGGER library_user_unit_audit AFTER INSERT OR DELETE ON library_user_unit
    FOR EACH ROW EXECUTE FUNCTION baerekraft_audit_user_change();

-- Adds a user (mode 'add'), changes one (mode 'set') or removes one (mode 'remove'), for an
-- administrator or IT: the login role is made when missing (signing in is IT's, by Kerberos or a
-- password it sets) and made a member of its role's group, and of no other group of the program.
CREATE FUNCTION baerekraft_manage_user(mode text, who text, full_name text, new_role text, units text[]) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
DECLARE
    groups constant text[] := ARRAY['baerekraft_saksbehandler', 'baerekraft_leder', 'baerekraft_leser', 'baerekraft_administrator'];
    wanted text;
    g text;
    exists_now boolean;
BEGIN
    IF NOT (baerekraft_is_it() OR EXISTS (SELECT 1 FROM library_user WHERE login = session_user AND role = 'ADMINISTRATOR')) THEN
        RAISE EXCEPTION 'only an administrator manages users' USING ERRCODE = 'BK010';
    END IF;
    IF who IS NULL OR length(who) NOT BETWEEN 1 AND 63 OR who !~ '^[[:alnum:]_.@-]+$' OR who = ANY (groups) THEN
        RAISE EXCEPTION 'not a login name: %', who USING ERRCODE = 'BK013';
    END IF;
    exists_now := EXISTS (SELECT 1 FROM library_user WHERE login = who);
    IF mode = 'remove' THEN
        IF NOT exists_now THEN
            RAISE EXCEPTION 'no such user: %', who USING ERRCODE = 'BK012';
        END IF;
        IF who = session_user THEN
            RAISE EXCEPTION 'an administrator does not remove themselves' USING ERRCODE = 'BK014';
        END IF;
        DELETE FROM library_user WHERE login = who;
        FOREACH g IN ARRAY groups LOOP
            IF EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid
                    JOIN pg_roles u ON u.oid = m.member WHERE r.rolname = g AND u.rolname = who) THEN
                EXECUTE format('REVOKE %I FROM %I', g, who);
            END IF;
        END LOOP;
        RETURN;
    END IF;
    IF mode = 'add' AND exists_now THEN
        RAISE EXCEPTION 'already a user: %', who USING ERRCODE = 'BK011';
    END IF;
    IF mode = 'set' AND NOT exists_now THEN
        RAISE EXCEPTION 'no such user: %', who USING ERRCODE = 'BK012';
    END IF;
    IF mode = 'set' AND who = session_user AND new_role IS DISTINCT FROM 'ADMINISTRATOR' THEN
        RAISE EXCEPTION 'an administrator does not take away their own role' USING ERRCODE = 'BK014';
    END IF;
    wanted := CASE new_role WHEN 'CASEWORKER' THEN 'baerekraft_saksbehandler' WHEN 'LEADER' THEN 'baerekraft_leder'
                            WHEN 'READER' THEN 'baerekraft_leser' WHEN 'ADMINISTRATOR' THEN 'baerekraft_administrator' END;
    IF wanted IS NULL THEN
        RAISE EXCEPTION 'not a role: %', new_role USING ERRCODE = 'BK013';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who) THEN
        EXECUTE format('CREATE ROLE %I LOGIN', who);
    END IF;
    FOREACH g IN ARRAY groups LOOP
        IF g <> wanted AND EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid
                JOIN pg_roles u ON u.oid = m.member WHERE r.rolname = g AND u.rolname = who) THEN
            EXECUTE format('REVOKE %I FROM %I', g, who);
        END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', wanted, who);
    INSERT INTO library_user (login, name, role) VALUES (who, coalesce(nullif(btrim(full_name), ''), who), new_role)
    ON CONFLICT (login) DO UPDATE SET name = coalesce(nullif(btrim(full_name), ''), library_user.name), role = excluded.role,
        changed_at = now(), changed_by = session_user;
    IF units IS NOT NULL THEN
        DELETE FROM library_user_unit WHERE login = who AND NOT (unit = ANY (units));
        INSERT INTO library_user_unit (login, unit) SELECT who, btrim(u) FROM unnest(units) u WHERE btrim(u) <> ''
        ON CONFLICT DO NOTHING;
    END IF;
END
$$;

-- Row-level security. The policies compare current_user; their subqueries are evaluated once per
-- query, not per row.
ALTER TABLE assessment ENABLE ROW LEVEL SECURITY;
ALTER TABLE assessment_history ENABLE ROW LEVEL SECURITY;
ALTER TABLE review_comment ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;

-- Exempt: the owner, the colleagues the owner names, the leaders of its unit. Otherwise a
-- caseworker (or leader) sees their own, their units' and everything complete; every registered
-- user, a reader too, sees what is complete and approved.
CREATE POLICY assessment_read ON assessment FOR SELECT USING (
    owner_login = current_user
    OR current_user = ANY (colleagues)
    OR lower(btrim(unit)) IN (SELECT lower(btrim(u.unit)) FROM library_user_unit u JOIN library_user p ON p.login = u.login
                              WHERE p.login = current_user AND p.role = 'LEADER')
    OR (NOT exempt AND (
        ((status = 'COMPLETE' OR lower(btrim(unit)) IN (SELECT lower(btrim(u.unit)) FROM library_user_unit u WHERE u.login = current_user))
            AND EXISTS (SELECT 1 FROM library_user p WHERE p.login = current_user AND p.role IN ('CASEWORKER', 'LEADER')))
        OR (status = 'COMPLETE' AND review_status = 'APPROVED'
            AND EXISTS (SELECT 1 FROM library_user p WHERE p.login = current_user))
    ))
);

-- Saving: the owner, named colleagues, the unit's leaders, and the unit's caseworkers when it is
-- not exempt. The saved row must still be one the saver may save.
CREATE POLICY assessment_save ON assessment FOR UPDATE
USING (
    owner_login = current_user
    OR current_user = ANY (colleagues)
    OR lower(btrim(unit)) IN (SELECT lower(btrim(u.unit)) FROM library_user_unit u JOIN library_user p ON p.login = u.login
                              WHERE p.login = current_user AND p.role = 'LEADER')
    OR (NOT exempt AND lower(btrim(unit)) IN (SELECT lower(btrim(u.unit)) FROM library_user_unit u JOIN library_user p ON p.login = u.login
                                              WHERE p.login = current_user AND p.role IN ('CASEWORKER', 'LEADER')))
)
WITH CHECK (
    owner_login = current_user
    OR current_user = ANY (colleagues)
    OR lower(btrim(unit)) IN (SELECT lower(btrim(u.unit)) FROM library_user_unit u JOIN library_user p ON p.login = u.login
                              WHERE p.login = current_user AND p.role = 'LEADER')
    OR (NOT exempt AND lower(btrim(unit)) IN (SELECT lower(btrim(u.unit)) FROM library_user_unit u JOIN library_user p ON p.login = u.login
                                              WHERE p.login = current_user AND p.role IN ('CASEWORKER', 'LEADER')))
);

CREATE POLICY assessment_create ON assessment FOR INSERT WITH CHECK (
    owner_login = current_user
    AND EXISTS (SELECT 1 FROM library_user p WHERE p.login = current_user AND p.role IN ('CASEWORKER', 'LEADER'))
);

-- History follows its assessment, for caseworkers and leaders only (a reader sees no draft); a
-- version that was exempt only for those who may see an exempt assessment.
CREATE POLICY history_read ON assessment_history FOR SELECT USING (
    EXISTS (SELECT 1 FROM library_user p WHERE p.login = current_user AND p.role IN ('CASEWORKER', 'LEADER'))
    AND EXISTS (SELECT 1 FROM assessment a WHERE a.id = assessment_history.assessment_id
                AND ((assessment_history.document -> 'case' ->> 'exemptionBasis') IS NULL
                     OR a.owner_login = current_user
                     OR current_user = ANY (a.colleagues)
                     OR baerekraft_leads(current_user, a.unit)))
);

CREATE POLICY review_comment_read ON review_comment FOR SELECT USING (
    EXISTS (SELECT 1 FROM library_user p WHERE p.login = current_user AND p.role IN ('CASEWORKER', 'LEADER'))
    AND EXISTS (SELECT 1 FROM assessment a WHERE a.id = review_comment.assessment_id)
);

CREATE POLICY review_comment_write ON review_comment FOR INSERT WITH CHECK (
    author_login = current_user
    AND EXISTS (SELECT 1 FROM assessment a WHERE a.id = review_comment.assessment_id AND baerekraft_leads(current_user, a.unit))
);

-- Administrators read the audit trail. Anyone may add that they opened or exported an exempt
-- assessment they can see; the stamp trigger sets who and when.
CREATE POLICY audit_read ON audit_event FOR SELECT USING (
    EXISTS (SELECT 1 FROM library_user p WHERE p.login = current_user AND p.role = 'ADMINISTRATOR')
);

CREATE POLICY audit_access ON audit_event FOR INSERT WITH CHECK (
    action IN ('OPENED', 'EXPORTED')
    AND EXISTS (SELECT 1 FROM assessment a WHERE a.id = audit_event.assessment_id AND a.exempt)
);

-- Rights. Nobody of the program may update or delete history, comments or audit rows; history is
-- written by the trigger above. Rights granted by hand before this version (README, step 3) are
-- taken back from the history table first.
DO $$
DECLARE
    grantee text;
BEGIN
    FOR grantee IN SELECT DISTINCT g.grantee FROM information_schema.role_table_grants g
                   WHERE g.table_name = 'assessment_history' AND g.table_schema = current_schema()
                     AND g.privilege_type IN ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE')
                     AND g.grantee <> (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'assessment_history'::regclass)
    LOOP
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON assessment_history FROM %I', grantee);
    END LOOP;
END
$$;
REVOKE ALL ON assessment_history, audit_event, review_comment, library_user, library_user_unit FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION baerekraft_manage_user(text, text, text, text, text[]) FROM PUBLIC;

GRANT SELECT ON flyway_schema_history TO baerekraft_saksbehandler, baerekraft_leser, baerekraft_administrator;
GRANT SELECT ON library_user, library_user_unit TO baerekraft_saksbehandler, baerekraft_leser, baerekraft_administrator;
GRANT SELECT ON assessment TO baerekraft_saksbehandler, baerekraft_leser, baerekraft_administrator;
GRANT INSERT, UPDATE ON assessment TO baerekraft_saksbehandler;
GRANT USAGE ON SEQUENCE assessment_id_seq TO baerekraft_saksbehandler;
GRANT SELECT ON assessment_history TO baerekraft_saksbehandler;
GRANT SELECT, INSERT ON review_comment TO baerekraft_saksbehandler;
GRANT SELECT, INSERT, UPDATE ON known_file, applied_edit TO baerekraft_saksbehandler;
GRANT SELECT ON known_file TO baerekraft_leser, baerekraft_administrator;
GRANT INSERT ON audit_event TO baerekraft_saksbehandler, baerekraft_leser, baerekraft_administrator;
GRANT SELECT ON audit_event TO baerekraft_administrator;
-- Everyone of the program may call it; it refuses all but administrators with a message of its own.
GRANT EXECUTE ON FUNCTION baerekraft_manage_user(text, text, text, text, text[]) TO baerekraft_saksbehandler, baerekraft_leser, baerekraft_administrator;
