-- The council's profile (profil.json with the files it names: logo, Word template, dimension
-- mapping), put here once by an administrator and used by everyone connected to this library.
-- The program checks a profile before it sends it; the database keeps who may change it.

-- One row: the profile file's text as written (its line numbers are those the program names in
-- a fault), a digest of the whole (the program's cache key, so a start fetches the files only
-- when they changed), and who put it here and when (set by the trigger below, not by the client).
CREATE TABLE council_profile (
    id        boolean     PRIMARY KEY DEFAULT true CHECK (id),
    profile   text        NOT NULL CHECK (octet_length(profile) <= 1048576 AND jsonb_typeof(profile::jsonb) = 'object'),
    digest    text        NOT NULL CHECK (digest ~ '^[0-9a-f]{64}$'),
    stored_at timestamptz NOT NULL DEFAULT now(),
    stored_by text        NOT NULL DEFAULT session_user
);

-- The files the profile names, by the name the profile gives them: relative, inside the
-- profile's folder, never a way out of it.
CREATE TABLE council_profile_file (
    name    text  PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 255 AND name !~ '(^/|\\|^\.\.?(/|$)|/\.\.?(/|$)|//|^[A-Za-z]:)'
                                     AND name <> 'profil.json'),
    content bytea NOT NULL CHECK (octet_length(content) <= 10485760)
);

ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_check CHECK (action IN ('OPENED', 'EXPORTED', 'CREATED', 'CHANGED',
    'DELETED', 'USER_ADDED', 'ROLE_CHANGED', 'USER_REMOVED', 'PROFILE_CHANGED'));

CREATE FUNCTION baerekraft_is_administrator() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
    SELECT baerekraft_is_it() OR EXISTS (SELECT 1 FROM library_user WHERE login = session_user AND role = 'ADMINISTRATOR')
$$;

-- Whoever writes, and however: only an administrator or IT; the stamp is the database's; every
-- change of the profile goes to the audit trail. Errors BK016 so the program can say it plainly.
CREATE FUNCTION baerekraft_profile_rules() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
BEGIN
    IF NOT baerekraft_is_administrator() THEN
        RAISE EXCEPTION 'only an administrator changes the council profile' USING ERRCODE = 'BK016';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    IF TG_TABLE_NAME = 'council_profile' THEN
        NEW.stored_at := now();
        NEW.stored_by := session_user;
    END IF;
    RETURN NEW;
END
$$;

-- After the row is written, so an upsert (whose INSERT turns into an UPDATE) is audited once.
CREATE FUNCTION baerekraft_audit_profile() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
BEGIN
    INSERT INTO audit_event (action, detail)
    VALUES ('PROFILE_CHANGED', CASE WHEN TG_OP = 'DELETE' THEN 'removed' ELSE 'sha256 ' || NEW.digest END);
    RETURN NULL;
END
$$;

CREATE TRIGGER council_profile_rules BEFORE INSERT OR UPDATE OR DELETE ON council_profile
    FOR EACH ROW EXECUTE FUNCTION baerekraft_profile_rules();
CREATE TRIGGER council_profile_audit AFTER INSERT OR UPDATE OR DELETE ON council_profile
    FOR EACH ROW EXECUTE FUNCTION baerekraft_audit_profile();
CREATE TRIGGER council_profile_file_rules BEFORE INSERT OR UPDATE OR DELETE ON council_profile_file
    FOR EACH ROW EXECUTE FUNCTION baerekraft_profile_rules();

-- Everyone of the program reads it; administrators write it. Row-level security says the same as
-- the grants, so a right granted too widely by hand still lets no caseworker change it.
ALTER TABLE council_profile ENABLE ROW LEVEL SECURITY;
ALTER TABLE council_profile_file ENABLE ROW LEVEL SECURITY;

CREATE POLICY council_profile_read ON council_profile FOR SELECT USING (true);
CREATE POLICY council_profile_write ON council_profile FOR ALL
    USING (baerekraft_is_administrator()) WITH CHECK (baerekraft_is_administrator());
CREATE POLICY council_profile_file_read ON council_profile_file FOR SELECT USING (true);
CREATE POLICY council_profile_file_write ON council_profile_file FOR ALL
    USING (baerekraft_is_administrator()) WITH CHECK (baerekraft_is_administrator());

REVOKE ALL ON council_profile, council_profile_file FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION baerekraft_is_administrator() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION baerekraft_is_administrator() TO baerekraft_saksbehandler, baerekraft_leser, baerekraft_administrator;
GRANT SELECT ON council_profile, council_profile_file TO baerekraft_saksbehandler, baerekraft_leser, baerekraft_administrator;
GRANT INSERT, UPDATE, DELETE ON council_profile, council_profile_file TO baerekraft_administrator;
