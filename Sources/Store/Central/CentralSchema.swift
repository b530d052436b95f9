/// The central PostgreSQL schema, installed and migrated by `workstation central init URL` over a
/// connection with the right to create roles and schemas.
///
/// Two walls. Tables live in schema `core`, owned by `ws_owner`, a role that cannot log in;
/// login roles are members of `ws_client`, which may only execute the functions in schema `api`
/// (SECURITY DEFINER, owned by `ws_owner`). Every patient table has row-level security enabled
/// and forced, so even the API's own queries see only patients the user has a care relation
/// with. The user is set per transaction (`api.begin(token)` calls `set_config(…, true)`), so the
/// context ends with the transaction and works behind PgBouncer in transaction mode; without it
/// nothing is visible and nothing can be written.
public enum CentralSchema {
  public struct Migration: Sendable {
    public let version: Int
    public let name: String
    let sql: String
  }

  public static let all: [Migration] = [
    Migration(version: 1, name: "roles, organisations, users, sessions, patients, care relations, access log", sql: v1),
    Migration(version: 2, name: "break-glass access and its review list", sql: v2),
    Migration(version: 3, name: "who the session's user is", sql: v3),
    Migration(version: 4, name: "pushed operations, applied once: vital signs and chart openings", sql: v4),
    Migration(version: 5, name: "pull of vital signs in server order", sql: v5),
    Migration(version: 6, name: "notes and medication lists: one change sequence, conflicts answered", sql: v6),
    Migration(version: 7, name: "one patient's record, for break-glass and a first sync", sql: v7),
    Migration(version: 8, name: "hash-chained audit log of logins, chart openings and break-glass", sql: v8),
    Migration(version: 9, name: "first sync of an organisation's patients", sql: v9),
    Migration(version: 10, name: "push of vital signs set-based; access checks with cached plans", sql: v10),
    Migration(version: 11, name: "history kept: measurements and access append-only, nothing deleted", sql: v11),
    Migration(version: 12, name: "who opened a record, anywhere, for the privacy officer", sql: v12),
    Migration(version: 13, name: "exports logged on the server", sql: v13),
    Migration(version: 14, name: "service cases step by step and names field by field; a concurrent change answered as a conflict", sql: v14),
    Migration(version: 15, name: "a care relation begun is a change: the record follows the patient", sql: v15),
    Migration(version: 16, name: "push reads its batch once; a measurement answered by its own row", sql: v16),
    Migration(version: 17, name: "a care relation ends: a discharge ends the ward stay after the days for documentation", sql: v17),
    Migration(version: 18, name: "doses given travel, append-only, as entries of the record", sql: v18),
    Migration(version: 19, name: "the legevakt's queue shared: changes of a visit as entries of the record", sql: v19),
    Migration(version: 20, name: "wards and beds set up centrally; the census shared: changes of a stay as entries of the record", sql: v20),
    Migration(version: 21, name: "a re-triage names the levels it was made knowing", sql: v21),
    Migration(version: 22, name: "an admission made twice is withdrawn, not discharged", sql: v22),
    Migration(version: 23, name: "a place granted by the municipality waits for a bed at each of its nursing homes", sql: v23),
    Migration(version: 24, name: "the patient's sex and home municipality travel with the record", sql: v24),
    Migration(version: 25, name: "a decision changed on appeal ends its offer; the new letter offers again", sql: v25),
    Migration(version: 26, name: "sex and home municipality changed field by field, as the name is", sql: v26),
    Migration(version: 27, name: "the GP office whose list the patient is on comes with the record", sql: v27),
    Migration(version: 28, name: "a service at home granted gives the municipality's home-care service a care relation", sql: v28),
    Migration(version: 29, name: "a new letter with no service at home ends the home-care relation", sql: v29),
    Migration(version: 30, name: "first sync looks up the organisation's GP offices in one statement", sql: v30),
  ]

  public static var latest: Int { all.last?.version ?? 0 }

  /// Installs what is missing, each version in its own transaction; returns the version now.
  @discardableResult
  public static func install(on connection: CentralConnection) throws(CentralError) -> Int {
    try connection.execute(
      """
      SET client_min_messages = warning;
      CREATE TABLE IF NOT EXISTS public.ws_schema_migration(
        version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());
      REVOKE ALL ON public.ws_schema_migration FROM PUBLIC;
      """)
    let rows = try connection.query("SELECT coalesce(max(version), 0) FROM public.ws_schema_migration")
    let found = rows.first?.first.flatMap { $0.flatMap(Int.init) } ?? 0
    for migration in all where migration.version > found {
      try connection.transaction { () throws(CentralError) in
        try connection.execute(migration.sql)
        try connection.query(
          "INSERT INTO public.ws_schema_migration(version, name) VALUES ($1::integer, $2)", [String(migration.version), migration.name])
      }
    }
    return max(found, latest)
  }

  static let v1 = #"""
    CREATE EXTENSION IF NOT EXISTS pgcrypto;
    DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ws_owner') THEN CREATE ROLE ws_owner NOLOGIN; END IF;
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ws_client') THEN CREATE ROLE ws_client NOLOGIN; END IF;
    END $$;
    CREATE SCHEMA core AUTHORIZATION ws_owner;
    CREATE SCHEMA api AUTHORIZATION ws_owner;
    REVOKE ALL ON SCHEMA core FROM PUBLIC;
    REVOKE ALL ON SCHEMA api FROM PUBLIC;
    GRANT USAGE ON SCHEMA api TO ws_client;
    GRANT USAGE ON SCHEMA public TO ws_owner;
    GRANT EXECUTE ON FUNCTION public.crypt(text, text) TO ws_owner;
    SET LOCAL ROLE ws_owner;

    CREATE TABLE core.organisation(
      id bigserial PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('municipality', 'gp-office', 'legevakt', 'nursing-home', 'home-care')),
      name text NOT NULL UNIQUE, municipality_code text);
    CREATE TABLE core.app_user(
      hpr text PRIMARY KEY CHECK (hpr ~ '^[0-9]{1,9}$'), name text NOT NULL,
      role text NOT NULL CHECK (role IN ('doctor', 'nurse', 'case-officer', 'trainer', 'administrator')),
      organisation_id bigint NOT NULL REFERENCES core.organisation(id), password_hash text NOT NULL);
    CREATE TABLE core.session(
      token uuid PRIMARY KEY DEFAULT gen_random_uuid(), hpr text NOT NULL REFERENCES core.app_user(hpr),
      expires timestamptz NOT NULL);
    CREATE TABLE core.patient(
      id bigserial PRIMARY KEY, identifier text NOT NULL UNIQUE CHECK (identifier ~ '^[0-9]{11}$'),
      given text NOT NULL, family text NOT NULL, birth_date date NOT NULL);
    CREATE TABLE core.care_relation(
      id bigserial PRIMARY KEY, patient_id bigint NOT NULL REFERENCES core.patient(id),
      organisation_id bigint NOT NULL REFERENCES core.organisation(id),
      kind text NOT NULL CHECK (kind IN ('gp-list', 'ward-stay', 'legevakt-visit', 'home-care', 'referral')),
      valid_from timestamptz NOT NULL DEFAULT now(), valid_to timestamptz);
    CREATE INDEX care_relation_by_patient ON core.care_relation(patient_id, organisation_id);
    CREATE TABLE core.access_event(
      id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), hpr text NOT NULL,
      patient_id bigint NOT NULL REFERENCES core.patient(id), basis text NOT NULL);

    -- The user of this transaction, set by api.begin; NULL outside one.
    CREATE FUNCTION core.current_hpr() RETURNS text LANGUAGE sql STABLE
      AS $f$ SELECT nullif(current_setting('ws.user', true), '') $f$;
    CREATE FUNCTION core.current_organisation() RETURNS bigint LANGUAGE sql STABLE
      AS $f$ SELECT organisation_id FROM core.app_user WHERE hpr = core.current_hpr() $f$;
    CREATE FUNCTION core.require_user() RETURNS text LANGUAGE plpgsql STABLE AS $f$
      BEGIN
        IF core.current_hpr() IS NULL THEN
          RAISE EXCEPTION 'no user context: call api.begin(token) first in this transaction' USING ERRCODE = '28000';
        END IF;
        RETURN core.current_hpr();
      END $f$;
    -- A care relation through the user's organisation, in force now.
    CREATE FUNCTION core.can_see(p bigint) RETURNS boolean LANGUAGE sql STABLE AS $f$
      SELECT EXISTS (SELECT 1 FROM core.care_relation r
        WHERE r.patient_id = p AND r.organisation_id = core.current_organisation()
          AND r.valid_from <= now() AND (r.valid_to IS NULL OR r.valid_to > now())) $f$;

    ALTER TABLE core.patient ENABLE ROW LEVEL SECURITY;
    ALTER TABLE core.patient FORCE ROW LEVEL SECURITY;
    CREATE POLICY patient_in_care ON core.patient USING (core.can_see(id)) WITH CHECK (core.current_hpr() IS NOT NULL);
    ALTER TABLE core.care_relation ENABLE ROW LEVEL SECURITY;
    ALTER TABLE core.care_relation FORCE ROW LEVEL SECURITY;
    CREATE POLICY relation_of_own_organisation ON core.care_relation
      USING (organisation_id = core.current_organisation()) WITH CHECK (organisation_id = core.current_organisation());
    ALTER TABLE core.access_event ENABLE ROW LEVEL SECURITY;
    ALTER TABLE core.access_event FORCE ROW LEVEL SECURITY;
    CREATE POLICY access_in_care ON core.access_event USING (core.can_see(patient_id)) WITH CHECK (hpr = core.current_hpr());

    -- The API: the only thing a login role may touch.
    CREATE FUNCTION api.login(p_hpr text, p_password text) RETURNS uuid LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = core, pg_temp AS $f$
      DECLARE v_token uuid;
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM core.app_user WHERE hpr = p_hpr AND password_hash = public.crypt(p_password, password_hash)) THEN
          RAISE EXCEPTION 'unknown HPR number or wrong password' USING ERRCODE = '28P01';
        END IF;
        INSERT INTO core.session(hpr, expires) VALUES (p_hpr, now() + interval '12 hours') RETURNING token INTO v_token;
        RETURN v_token;
      END $f$;
    CREATE FUNCTION api.begin(p_token uuid) RETURNS text LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = core, pg_temp AS $f$
      DECLARE v_hpr text;
      BEGIN
        SELECT hpr INTO v_hpr FROM core.session WHERE token = p_token AND expires > now();
        IF v_hpr IS NULL THEN
          RAISE EXCEPTION 'session unknown or expired: log in again' USING ERRCODE = '28000';
        END IF;
        PERFORM set_config('ws.user', v_hpr, true);
        RETURN (SELECT role FROM core.app_user WHERE hpr = v_hpr);
      END $f$;
    -- A patient met here for the first time, with the care relation that lets this organisation see them.
    CREATE FUNCTION api.register_patient(p_identifier text, p_given text, p_family text, p_birth date, p_relation text)
      RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = core, pg_temp AS $f$
      DECLARE v_id bigint;
      BEGIN
        PERFORM core.require_user();
        v_id := nextval('core.patient_id_seq');
        INSERT INTO core.patient(id, identifier, given, family, birth_date) VALUES (v_id, p_identifier, p_given, p_family, p_birth);
        INSERT INTO core.care_relation(patient_id, organisation_id, kind) VALUES (v_id, core.current_organisation(), p_relation);
      END $f$;
    CREATE FUNCTION api.find_patient(p_identifier text)
      RETURNS TABLE(identifier text, given text, family text, birth_date date) LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = core, pg_temp AS $f$
      BEGIN
        PERFORM core.require_user();
        RETURN QUERY SELECT p.identifier, p.given, p.family, p.birth_date FROM core.patient p WHERE p.identifier = p_identifier;
      END $f$;
    -- Opening a chart is always logged; without a care relation it is refused.
    CREATE FUNCTION api.open_chart(p_identifier text)
      RETURNS TABLE(identifier text, given text, family text, birth_date date) LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = core, pg_temp AS $f$
      DECLARE v_id bigint;
      BEGIN
        PERFORM core.require_user();
        SELECT p.id INTO v_id FROM core.patient p WHERE p.identifier = p_identifier;
        IF v_id IS NULL THEN
          RAISE EXCEPTION 'no care relation with this patient' USING ERRCODE = '42501';
        END IF;
        INSERT INTO core.access_event(hpr, patient_id, basis) VALUES (core.current_hpr(), v_id, 'care-relation');
        RETURN QUERY SELECT p.identifier, p.given, p.family, p.birth_date FROM core.patient p WHERE p.id = v_id;
      END $f$;

    RESET ROLE;
    REVOKE ALL ON ALL FUNCTIONS IN SCHEMA core FROM PUBLIC;
    REVOKE ALL ON ALL FUNCTIONS IN SCHEMA api FROM PUBLIC;
    GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA api TO ws_client;
    """#

  /// Break-glass: a user without a care relation may open a chart by giving a reason. Access is
  /// granted for a limited time (4 hours unless fewer are asked, at most 24), logged, and put on
  /// the privacy officer's review list. Finding the patient needs to look past row-level
  /// security, so that one lookup belongs to `ws_lookup` (BYPASSRLS), which nothing else uses.
  static let v2 = #"""
    DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ws_lookup') THEN CREATE ROLE ws_lookup NOLOGIN BYPASSRLS; END IF;
    END $$;
    GRANT USAGE ON SCHEMA core TO ws_lookup;
    GRANT SELECT (id, identifier) ON core.patient TO ws_lookup;
    SET LOCAL ROLE ws_owner;
    CREATE TABLE core.break_glass(
      id bigserial PRIMARY KEY, hpr text NOT NULL REFERENCES core.app_user(hpr),
      patient_id bigint NOT NULL REFERENCES core.patient(id), reason text NOT NULL CHECK (length(trim(reason)) >= 10),
      granted_at timestamptz NOT NULL DEFAULT now(), expires timestamptz NOT NULL,
      reviewed_by text REFERENCES core.app_user(hpr), reviewed_at timestamptz, review_note text);
    CREATE INDEX break_glass_active ON core.break_glass(hpr, patient_id, expires);
    CREATE INDEX break_glass_unreviewed ON core.break_glass(granted_at) WHERE reviewed_at IS NULL;
    CREATE FUNCTION core.current_role() RETURNS text LANGUAGE sql STABLE
      AS $f$ SELECT role FROM core.app_user WHERE hpr = core.current_hpr() $f$;
    ALTER TABLE core.break_glass ENABLE ROW LEVEL SECURITY;
    ALTER TABLE core.break_glass FORCE ROW LEVEL SECURITY;
    CREATE POLICY own_or_reviewer ON core.break_glass
      USING (hpr = core.current_hpr() OR core.current_role() = 'administrator')
      WITH CHECK (hpr = core.current_hpr() OR core.current_role() = 'administrator');
    -- A care relation in force, or the user's own break-glass access that has not run out.
    CREATE OR REPLACE FUNCTION core.can_see(p bigint) RETURNS boolean LANGUAGE sql STABLE AS $f$
      SELECT EXISTS (SELECT 1 FROM core.care_relation r
          WHERE r.patient_id = p AND r.organisation_id = core.current_organisation()
            AND r.valid_from <= now() AND (r.valid_to IS NULL OR r.valid_to > now()))
        OR EXISTS (SELECT 1 FROM core.break_glass b
          WHERE b.patient_id = p AND b.hpr = core.current_hpr() AND b.expires > now()) $f$;
    RESET ROLE;
    CREATE FUNCTION core.patient_id_of(p_identifier text) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = core, pg_temp AS $f$ SELECT id FROM core.patient WHERE identifier = p_identifier $f$;
    ALTER FUNCTION core.patient_id_of(text) OWNER TO ws_lookup;
    REVOKE ALL ON FUNCTION core.patient_id_of(text) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION core.patient_id_of(text) TO ws_owner;
    SET LOCAL ROLE ws_owner;
    CREATE FUNCTION api.break_glass(p_identifier text, p_reason text, p_hours integer DEFAULT 4)
      RETURNS timestamptz LANGUAGE plpgsql SECURITY DEFINER SET search_path = core, pg_temp AS $f$
      DECLARE v_id bigint; v_expires timestamptz;
      BEGIN
        PERFORM core.require_user();
        IF length(trim(coalesce(p_reason, ''))) < 10 THEN
          RAISE EXCEPTION 'break-glass needs a reason of at least 10 characters' USING ERRCODE = '22023';
        END IF;
        v_id := core.patient_id_of(p_identifier);
        IF v_id IS NULL THEN
          RAISE EXCEPTION 'no patient with this number' USING ERRCODE = 'P0002';
        END IF;
        v_expires := now() + make_interval(hours => least(greatest(coalesce(p_hours, 4), 1), 24));
        INSERT INTO core.break_glass(hpr, patient_id, reason, expires) VALUES (core.current_hpr(), v_id, p_reason, v_expires);
        RETURN v_expires;
      END $f$;
    CREATE OR REPLACE FUNCTION api.open_chart(p_identifier text)
      RETURNS TABLE(identifier text, given text, family text, birth_date date) LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = core, pg_temp AS $f$
      DECLARE v_id bigint; v_basis text;
      BEGIN
        PERFORM core.require_user();
        SELECT p.id INTO v_id FROM core.patient p WHERE p.identifier = p_identifier;
        IF v_id IS NULL THEN
          RAISE EXCEPTION 'no care relation with this patient' USING ERRCODE = '42501';
        END IF;
        v_basis := CASE WHEN EXISTS (SELECT 1 FROM core.care_relation r WHERE r.patient_id = v_id
            AND r.organisation_id = core.current_organisation() AND r.valid_from <= now()
            AND (r.valid_to IS NULL OR r.valid_to > now())) THEN 'care-relation' ELSE 'break-glass' END;
        INSERT INTO core.access_event(hpr, patient_id, basis) VALUES (core.current_hpr(), v_id, v_basis);
        RETURN QUERY SELECT p.identifier, p.given, p.family, p.birth_date FROM core.patient p WHERE p.id = v_id;
      END $f$;
    -- The privacy officer's list: break-glass access not yet reviewed, oldest first.
    CREATE FUNCTION api.break_glass_review()
      RETURNS TABLE(id bigint, granted_at timestamptz, hpr text, user_name text, patient text, reason text, expires timestamptz)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = core, pg_temp AS $f$
      BEGIN
        PERFORM core.require_user();
        IF core.current_role() <> 'administrator' THEN
          RAISE EXCEPTION 'the review list is for the privacy officer' USING ERRCODE = '42501';
        END IF;
        RETURN QUERY SELECT b.id, b.granted_at, b.hpr, u.name, core.identifier_of(b.patient_id), b.reason, b.expires
          FROM core.break_glass b JOIN core.app_user u ON u.hpr = b.hpr WHERE b.reviewed_at IS NULL ORDER BY b.granted_at, b.id;
      END $f$;
    CREATE FUNCTION api.mark_reviewed(p_id bigint, p_note text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = core, pg_temp AS $f$
      BEGIN
        PERFORM core.require_user();
        IF core.current_role() <> 'administrator' THEN
          RAISE EXCEPTION 'the review list is for the privacy officer' USING ERRCODE = '42501';
        END IF;
        UPDATE core.break_glass SET reviewed_by = core.current_hpr(), reviewed_at = now(), review_note = p_note
          WHERE id = p_id AND reviewed_at IS NULL;
      END $f$;
    RESET ROLE;
    CREATE FUNCTION core.identifier_of(p_id bigint) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = core, pg_temp AS $f$ SELECT identifier FROM core.patient WHERE id = p_id $f$;
    ALTER FUNCTION core.identifier_of(bigint) OWNER TO ws_lookup;
    REVOKE ALL ON FUNCTION core.identifier_of(bigint) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION core.identifier_of(bigint) TO ws_owner;
    REVOKE ALL ON ALL FUNCTIONS IN SCHEMA core FROM PUBLIC;
    REVOKE ALL ON ALL FUNCTIONS IN SCHEMA api FROM PUBLIC;
    GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA api TO ws_client;
    """#

  /// The user of this transaction as the workstation shows them: name, role and organisation.
  static let v3 = #"""
    SET LOCAL ROLE ws_owner;
    CREATE FUNCTION api.whoami() RETURNS TABLE(hpr text, name text, role text, organisation text)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = core, pg_temp AS $f$
      BEGIN
        PERFORM core.require_user();
        RETURN QUERY SELECT u.hpr, u.name, u.role, o.name FROM core.app_user u
          JOIN core.organisation o ON o.id = u.organisation_id WHERE u.hpr = core.current_hpr();
      END $f$;
    RESET ROLE;
    REVOKE ALL ON FUNCTION api.whoami() FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION api.whoami() TO ws_client;
    """#

  /// Push: each operation a workstation made carries its own UUID; `core.applied_op` remembers
  /// every one with its answer, so sending it again answers "duplicate" and applies nothing. An
  /// operation for a patient without a care relation is rejected with the reason, and that
  /// answer is kept too (it is the log of the attempt). Server order is the order applied.
  static let v4 = #"""
    SET LOCAL ROLE ws_owner;
    CREATE TABLE core.applied_op(
      op_id uuid PRIMARY KEY, hpr text NOT NULL, kind text NOT NULL, result text NOT NULL
        CHECK (result IN ('applied', 'rejected')),
      reason text, applied_at timestamptz NOT NULL DEFAULT now(), seq bigserial);
    ALTER TABLE core.applied_op ENABLE ROW LEVEL SECURITY;
    ALTER TABLE core.applied_op FORCE ROW LEVEL SECURITY;
    CREATE POLICY own_operations ON core.applied_op USING (hpr = core.current_hpr()) WITH CHECK (hpr = core.current_hpr());
    CREATE TABLE core.vital_signs(
      id bigserial PRIMARY KEY, op_id uuid NOT NULL UNIQUE, patient_id bigint NOT NULL REFERENCES core.patient(id),
      taken_at timestamptz NOT NULL, recorded_by text NOT NULL, vitals jsonb NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now());
    ALTER TABLE core.vital_signs ENABLE ROW LEVEL SECURITY;
    ALTER TABLE core.vital_signs FORCE ROW LEVEL SECURITY;
    CREATE POLICY vitals_in_care ON core.vital_signs USING (core.can_see(patient_id)) WITH CHECK (core.can_see(patient_id));

    CREATE FUNCTION api.push(p_ops jsonb)
      RETURNS TABLE(op_id uuid, result text, reason text) LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = core, pg_temp AS $f$
      DECLARE v_op jsonb; v_id uuid; v_patient bigint; v_hpr text; v_reason text; v_known text;
      BEGIN
        v_hpr := core.require_user();
        -- One push at a time: ids then follow commit order, which pull relies on.
        PERFORM pg_advisory_xact_lock(20261128);
        IF jsonb_typeof(p_ops) <> 'array' THEN
          RAISE EXCEPTION 'operations must be a JSON array' USING ERRCODE = '22023';
        END IF;
        FOR v_op IN SELECT * FROM jsonb_array_elements(p_ops) LOOP
          v_id := (v_op->>'op')::uuid;
          SELECT a.result INTO v_known FROM core.applied_op a WHERE a.op_id = v_id;
          IF v_known IS NOT NULL THEN
            op_id := v_id; result := 'duplicate'; reason := NULL; RETURN NEXT; CONTINUE;
          END IF;
          v_reason := NULL;
          SELECT p.id INTO v_patient FROM core.patient p WHERE p.identifier = v_op->>'patient';
          IF v_patient IS NULL THEN
            v_reason := 'no care relation with this patient';
          ELSIF v_op->>'kind' = 'vitals' THEN
            INSERT INTO core.vital_signs(op_id, patient_id, taken_at, recorded_by, vitals)
              VALUES (v_id, v_patient, (v_op->'payload'->>'takenAt')::timestamptz,
                v_op->'payload'->>'recordedBy', v_op->'payload'->'vitals');
          ELSIF v_op->>'kind' = 'chart-opened' THEN
            IF v_op->'payload'->>'user' <> 'hpr:' || v_hpr THEN
              v_reason := 'a chart opening is pushed by the user who opened the chart';
            ELSE
              INSERT INTO core.access_event(at, hpr, patient_id, basis)
                VALUES ((v_op->'payload'->>'at')::timestamptz, v_hpr, v_patient, v_op->'payload'->>'basis');
            END IF;
          ELSE
            v_reason := 'unknown operation kind';
          END IF;
          INSERT INTO core.applied_op(op_id, hpr, kind, result, reason)
            VALUES (v_id, v_hpr, coalesce(v_op->>'kind', ''), CASE WHEN v_reason IS NULL THEN 'applied' ELSE 'rejected' END, v_reason);
          op_id := v_id; result := CASE WHEN v_reason IS NULL THEN 'applied' ELSE 'rejected' END; reason := v_reason;
          RETURN NEXT;
        END LOOP;
      END $f$;
    RESET ROLE;
    REVOKE ALL ON FUNCTION api.push(jsonb) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION api.push(jsonb) TO ws_client;
    """#

  /// Pull: the vital-sign sets the user may see, after a cursor, in the order the server stored
  /// them. Pushes take one transaction-scoped advisory lock, so ids are handed out in commit order
  /// and a reader paging by id never skips a set committed later with a smaller id.
  static let v5 = #"""
    SET LOCAL ROLE ws_owner;
    CREATE FUNCTION api.pull(p_after bigint, p_limit integer)
      RETURNS TABLE(seq bigint, kind text, patient text, op_id uuid, payload jsonb) LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = core, pg_temp AS $f$
      BEGIN
        PERFORM core.require_user();
        RETURN QUERY
          SELECT v.id, 'vitals'::text, p.identifier, v.op_id,
            jsonb_build_object('takenAt', v.taken_at, 'recordedBy', v.recorded_by, 'vitals', v.vitals)
          FROM core.vital_signs v JOIN core.patient p ON p.id = v.patient_id
          WHERE v.id > p_after ORDER BY v.id LIMIT least(greatest(p_limit, 1), 5000);
      END $f$;
    RESET ROLE;
    REVOKE ALL ON FUNCTION api.pull(bigint, integer) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION api.pull(bigint, integer) TO ws_client;
    """#

  /// Notes (union: append-only) and the list of medicines in use (never merged), with the
  /// version in force per patient. Every change the server keeps takes its number from one
  /// sequence, so pull pages through all kinds in the order the server stored them; push takes
  /// the new kinds in version 10.
  static let v6 = #"""
    SET LOCAL ROLE ws_owner;
    CREATE SEQUENCE core.change_seq;
    SELECT setval('core.change_seq', coalesce((SELECT max(id) FROM core.vital_signs), 0) + 1, false);
    ALTER TABLE core.vital_signs ALTER COLUMN id SET DEFAULT nextval('core.change_seq');
    ALTER TABLE core.applied_op DROP CONSTRAINT applied_op_result_check;
    ALTER TABLE core.applied_op ADD CHECK (result IN ('applied', 'rejected', 'conflict'));

    CREATE TABLE core.clinical_entry(
      seq bigint PRIMARY KEY DEFAULT nextval('core.change_seq'), op_id uuid NOT NULL UNIQUE,
      patient_id bigint NOT NULL REFERENCES core.patient(id),
      kind text NOT NULL CHECK (kind IN ('note', 'note-in-error', 'cave')), payload jsonb NOT NULL,
      pushed_by text NOT NULL, received_at timestamptz NOT NULL DEFAULT now());
    CREATE INDEX clinical_entry_by_patient ON core.clinical_entry(patient_id, kind);
    CREATE FUNCTION core.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = '42501'; END $f$;
    CREATE TRIGGER clinical_entry_append_only BEFORE UPDATE OR DELETE ON core.clinical_entry
      FOR EACH ROW EXECUTE FUNCTION core.refuse_change();
    ALTER TABLE core.clinical_entry ENABLE ROW LEVEL SECURITY;
    ALTER TABLE core.clinical_entry FORCE ROW LEVEL SECURITY;
    CREATE POLICY entries_in_care ON core.clinical_entry USING (core.can_see(patient_id)) WITH CHECK (core.can_see(patient_id));

    CREATE TABLE core.medication_list(
      seq bigint PRIMARY KEY DEFAULT nextval('core.change_seq'), op_id uuid NOT NULL UNIQUE,
      patient_id bigint NOT NULL REFERENCES core.patient(id), base_op uuid, accepted boolean NOT NULL,
      payload jsonb NOT NULL, pushed_by text NOT NULL, received_at timestamptz NOT NULL DEFAULT now());
    CREATE TRIGGER medication_list_append_only BEFORE UPDATE OR DELETE ON core.medication_list
      FOR EACH ROW EXECUTE FUNCTION core.refuse_change();
    ALTER TABLE core.medication_list ENABLE ROW LEVEL SECURITY;
    ALTER TABLE core.medication_list FORCE ROW LEVEL SECURITY;
    CREATE POLICY lists_in_care ON core.medication_list USING (core.can_see(patient_id)) WITH CHECK (core.can_see(patient_id));
    CREATE TABLE core.medication_head(
      patient_id bigint PRIMARY KEY REFERENCES core.patient(id), op_id uuid NOT NULL);
    ALTER TABLE core.medication_head ENABLE ROW LEVEL SECURITY;
    ALTER TABLE core.medication_head FORCE ROW LEVEL SECURITY;
    CREATE POLICY head_in_care ON core.medication_head USING (core.can_see(patient_id)) WITH CHECK (core.can_see(patient_id));

    -- Every change the server keeps, in one numbering: what a record fetch and a first sync
    -- read. Row-level security of each table applies through it.
    CREATE INDEX vital_signs_by_patient ON core.vital_signs(patient_id);
    CREATE VIEW core.change AS
      SELECT v.id AS seq, 'vitals'::text AS kind, v.patient_id, v.op_id,
          jsonb_build_object('takenAt', v.taken_at, 'recordedBy', v.recorded_by, 'vitals', v.vitals) AS payload
        FROM core.vital_signs v
      UNION ALL
      SELECT e.seq, e.kind, e.patient_id, e.op_id, e.payload FROM core.clinical_entry e
      UNION ALL
      SELECT m.seq, 'medication-list'::text, m.patient_id, m.op_id,
          m.payload || jsonb_build_object('accepted', m.accepted, 'base', m.base_op)
        FROM core.medication_list m;
    \#(pullFunction(alsoUnion: ""))
    RESET ROLE;
    REVOKE ALL ON FUNCTION api.pull(bigint, integer) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION api.pull(bigint, integer) TO ws_client;
    """#

  /// One patient's record as the user may see it: a first row of kind "patient" with the
  /// demographics, then every change in server order, as pull delivers them. Used after
  /// break-glass, and for patients a workstation meets for the first time.
  static let v7 = #"""
    SET LOCAL ROLE ws_owner;
    -- The patient's id when the user may see them; refused with the reason otherwise.
    CREATE FUNCTION core.visible_patient(p_identifier text) RETURNS bigint LANGUAGE plpgsql STABLE AS $f$
      DECLARE v_id bigint;
      BEGIN
        SELECT p.id INTO v_id FROM core.patient p WHERE p.identifier = p_identifier;
        IF v_id IS NULL THEN RAISE EXCEPTION 'no care relation with this patient' USING ERRCODE = '42501'; END IF;
        RETURN v_id;
      END $f$;
    \#(patientRecordFunction(create: "CREATE FUNCTION", patient: "jsonb_build_object('given', p.given, 'family', p.family, 'birthDate', p.birth_date)"))
    RESET ROLE;
    REVOKE ALL ON FUNCTION core.visible_patient(text) FROM PUBLIC;
    REVOKE ALL ON FUNCTION api.patient_record(text) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION api.patient_record(text) TO ws_client;
    """#

  /// The audit log: logins (failed ones too), chart openings and break-glass, appended by
  /// triggers in the same transaction as what they record. Each row's hash covers the previous
  /// row's hash and its own fields, so a row removed or altered, even by a superuser who switched
  /// the guards off, breaks the chain where it was; `api.verify_audit` finds the place. A wrong
  /// password no longer raises (that would roll its log row back): it is logged, slowed down
  /// by the recent failures of that number, and answered with no token.
  static let v8 = #"""
    SET LOCAL ROLE ws_owner;
    CREATE TABLE core.audit_head(only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row), seq bigint NOT NULL, hash bytea NOT NULL);
    INSERT INTO core.audit_head VALUES (true, 0, '\x00');
    CREATE TABLE core.audit_log(
      seq bigint PRIMARY KEY, at timestamptz NOT NULL, hpr text, event text NOT NULL
        CHECK (event IN ('login', 'login-failed', 'chart-open', 'break-glass')),
      patient_id bigint, detail jsonb NOT NULL, prev_hash bytea NOT NULL, hash bytea NOT NULL);
    CREATE INDEX audit_log_by_patient ON core.audit_log(patient_id, seq);
    CREATE INDEX audit_log_failed_logins ON core.audit_log(hpr, at) WHERE event = 'login-failed';
    CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON core.audit_log
      FOR EACH ROW EXECUTE FUNCTION core.refuse_change();
    CREATE TRIGGER audit_log_never_truncated BEFORE TRUNCATE ON core.audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION core.refuse_change();
    ALTER TABLE core.audit_log ENABLE ROW LEVEL SECURITY;
    ALTER TABLE core.audit_log FORCE ROW LEVEL SECURITY;
    CREATE POLICY audit_appended ON core.audit_log FOR INSERT WITH CHECK (true);
    CREATE POLICY audit_read_by_reviewer ON core.audit_log FOR SELECT USING (core.current_role() = 'administrator');

    -- The text a row's hash is made of: every field, in a fixed form.
    CREATE FUNCTION core.audit_text(p_seq bigint, p_at timestamptz, p_hpr text, p_event text, p_patient bigint, p_detail jsonb)
      RETURNS bytea LANGUAGE sql IMMUTABLE AS $f$
      SELECT convert_to(concat_ws('|', p_seq, to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
        coalesce(p_hpr, ''), p_event, coalesce(p_patient::text, ''), p_detail::text), 'UTF8') $f$;
    CREATE FUNCTION core.audit(p_hpr text, p_event text, p_patient bigint, p_detail jsonb) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = core, pg_temp AS $f$
      DECLARE v_seq bigint; v_prev bytea; v_at timestamptz := clock_timestamp();
      BEGIN
        -- The head row is the lock: one append at a time, in commit order.
        SELECT h.seq, h.hash INTO v_seq, v_prev FROM core.audit_head h FOR UPDATE;
        v_seq := v_seq + 1;
        INSERT INTO core.audit_log(seq, at, hpr, event, patient_id, detail, prev_hash, hash)
          VALUES (v_seq, v_at, p_hpr, p_event, p_patient, p_detail, v_prev,
            sha256(v_prev || core.audit_text(v_seq, v_at, p_hpr, p_event, p_patient, p_detail)));
        UPDATE core.audit_head SET seq = v_seq,
          hash = sha256(v_prev || core.audit_text(v_seq, v_at, p_hpr, p_event, p_patient, p_detail));
      END $f$;
    CREATE FUNCTION core.audit_access() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN
        PERFORM core.audit(NEW.hpr, 'chart-open', NEW.patient_id, jsonb_build_object('basis', NEW.basis, 'openedAt', NEW.at));
        RETURN NULL;
      END $f$;
    CREATE TRIGGER access_event_audited AFTER INSERT ON core.access_event FOR EACH ROW EXECUTE FUNCTION core.audit_access();
    CREATE FUNCTION core.audit_break_glass() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN
        PERFORM core.audit(NEW.hpr, 'break-glass', NEW.patient_id, jsonb_build_object('reason', NEW.reason, 'expires', NEW.expires));
        RETURN NULL;
      END $f$;
    CREATE TRIGGER break_glass_audited AFTER INSERT ON core.break_glass FOR EACH ROW EXECUTE FUNCTION core.audit_break_glass();
    CREATE FUNCTION core.audit_login() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN
        PERFORM core.audit(NEW.hpr, 'login', NULL, '{}'::jsonb);
        RETURN NULL;
      END $f$;
    CREATE TRIGGER session_audited AFTER INSERT ON core.session FOR EACH ROW EXECUTE FUNCTION core.audit_login();

    CREATE OR REPLACE FUNCTION api.login(p_hpr text, p_password text) RETURNS uuid LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = core, pg_temp AS $f$
      DECLARE v_token uuid; v_failures integer;
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM core.app_user WHERE hpr = p_hpr AND password_hash = public.crypt(p_password, password_hash)) THEN
          v_failures := core.recent_login_failures(p_hpr);
          PERFORM core.audit(left(p_hpr, 20), 'login-failed', NULL, '{}'::jsonb);
          -- Guessing gets slower: half a second more per recent failure, up to five seconds.
          PERFORM pg_sleep(least(v_failures, 10) * 0.5);
          RETURN NULL;
        END IF;
        INSERT INTO core.session(hpr, expires) VALUES (p_hpr, now() + interval '12 hours') RETURNING token INTO v_token;
        RETURN v_token;
      END $f$;

    -- The privacy officer's check of the chain: how many rows, and the first that does not hold.
    CREATE FUNCTION api.verify_audit() RETURNS TABLE(checked bigint, first_broken bigint)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = core, pg_temp AS $f$
      DECLARE r record; v_prev bytea := '\x00'; v_expected bigint := 1;
      BEGIN
        PERFORM core.require_user();
        IF core.current_role() <> 'administrator' THEN
          RAISE EXCEPTION 'the audit log is checked by the privacy officer' USING ERRCODE = '42501';
        END IF;
        checked := 0; first_broken := NULL;
        FOR r IN SELECT * FROM core.audit_log ORDER BY seq LOOP
          IF r.seq <> v_expected OR r.prev_hash <> v_prev
            OR r.hash <> sha256(v_prev || core.audit_text(r.seq, r.at, r.hpr, r.event, r.patient_id, r.detail)) THEN
            first_broken := v_expected; RETURN NEXT; RETURN;
          END IF;
          v_prev := r.hash; v_expected := r.seq + 1; checked := checked + 1;
        END LOOP;
        IF (SELECT h.seq FROM core.audit_head h) <> v_expected - 1 THEN
          first_broken := v_expected;
        END IF;
        RETURN NEXT;
      END $f$;
    RESET ROLE;
    -- Counting a number's failed logins looks past the reviewer-only policy: it belongs to
    -- ws_lookup, as finding a patient for break-glass does, and answers nothing but a count.
    GRANT SELECT (hpr, event, at) ON core.audit_log TO ws_lookup;
    CREATE FUNCTION core.recent_login_failures(p_hpr text) RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = core, pg_temp AS $f$
      SELECT count(*)::integer FROM core.audit_log
        WHERE event = 'login-failed' AND hpr = p_hpr AND at > now() - interval '15 minutes' $f$;
    ALTER FUNCTION core.recent_login_failures(text) OWNER TO ws_lookup;
    REVOKE ALL ON FUNCTION core.recent_login_failures(text) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION core.recent_login_failures(text) TO ws_owner;
    REVOKE ALL ON FUNCTION api.login(text, text) FROM PUBLIC;
    REVOKE ALL ON FUNCTION api.verify_audit() FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION api.login(text, text) TO ws_client;
    GRANT EXECUTE ON FUNCTION api.verify_audit() TO ws_client;
    REVOKE ALL ON FUNCTION core.audit(text, text, bigint, jsonb) FROM PUBLIC;
    """#

  /// First sync: the patients the user's organisation has a care relation with, every change
  /// to their records, and the change number to pull on from, all read in one snapshot by COPY.
  static let v9 = #"""
    SET LOCAL ROLE ws_owner;
    CREATE FUNCTION core.in_organisation_care(p bigint) RETURNS boolean LANGUAGE sql STABLE AS $f$
      SELECT EXISTS (SELECT 1 FROM core.care_relation r
        WHERE r.patient_id = p AND r.organisation_id = core.current_organisation()
          AND r.valid_from <= now() AND (r.valid_to IS NULL OR r.valid_to > now())) $f$;
    CREATE FUNCTION api.first_sync_patients()
      RETURNS TABLE(identifier text, given text, family text, birth_date date) LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = core, pg_temp AS $f$
      BEGIN
        PERFORM core.require_user();
        RETURN QUERY SELECT p.identifier, p.given, p.family, p.birth_date FROM core.patient p
          WHERE core.in_organisation_care(p.id) ORDER BY p.id;
      END $f$;
    CREATE FUNCTION api.first_sync_changes()
      RETURNS TABLE(seq bigint, kind text, patient text, op_id uuid, payload jsonb) LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = core, pg_temp AS $f$
      BEGIN
        PERFORM core.require_user();
        RETURN QUERY
          SELECT c.seq, c.kind, p.identifier, c.op_id, c.payload FROM core.change c
            JOIN core.patient p ON p.id = c.patient_id
          WHERE core.in_organisation_care(p.id) ORDER BY c.seq;
      END $f$;
    -- The highest change number this snapshot shows: pull goes on after it.
    \#(changeCursorFunction(create: "CREATE FUNCTION", alsoMaxima: ""))
    RESET ROLE;
    REVOKE ALL ON FUNCTION core.in_organisation_care(bigint) FROM PUBLIC;
    REVOKE ALL ON FUNCTION api.first_sync_patients() FROM PUBLIC;
    REVOKE ALL ON FUNCTION api.first_sync_changes() FROM PUBLIC;
    REVOKE ALL ON FUNCTION api.change_cursor() FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION api.first_sync_patients() TO ws_client;
    GRANT EXECUTE ON FUNCTION api.first_sync_changes() TO ws_client;
    GRANT EXECUTE ON FUNCTION api.change_cursor() TO ws_client;
    """#

  /// Speed. The access checks row-level security calls for every row were SQL functions that
  /// PostgreSQL planned again on each call; as PL/pgSQL their plans are cached. Vital signs,
  /// most of what is pushed, are applied in one statement per batch instead of one per operation;
  /// the other kinds keep the loop, in order, since they refer to each other. Which operations
  /// were applied before is looked up past row-level security (whoever pushed them), so a batch
  /// sent again by another user after a lost answer is still answered "duplicate".
  static let v10 = #"""
    SET LOCAL ROLE ws_owner;
    CREATE OR REPLACE FUNCTION core.current_organisation() RETURNS bigint LANGUAGE plpgsql STABLE AS $f$
      BEGIN RETURN (SELECT organisation_id FROM core.app_user WHERE hpr = core.current_hpr()); END $f$;
    CREATE OR REPLACE FUNCTION core.can_see(p bigint) RETURNS boolean LANGUAGE plpgsql STABLE AS $f$
      BEGIN
        RETURN EXISTS (SELECT 1 FROM core.care_relation r
            WHERE r.patient_id = p AND r.organisation_id = core.current_organisation()
              AND r.valid_from <= now() AND (r.valid_to IS NULL OR r.valid_to > now()))
          OR EXISTS (SELECT 1 FROM core.break_glass b
            WHERE b.patient_id = p AND b.hpr = core.current_hpr() AND b.expires > now());
      END $f$;
    CREATE OR REPLACE FUNCTION core.in_organisation_care(p bigint) RETURNS boolean LANGUAGE plpgsql STABLE AS $f$
      BEGIN
        RETURN EXISTS (SELECT 1 FROM core.care_relation r
          WHERE r.patient_id = p AND r.organisation_id = core.current_organisation()
            AND r.valid_from <= now() AND (r.valid_to IS NULL OR r.valid_to > now()));
      END $f$;
    \#(inlinePolicies)
    -- A care relation of the user's organisation with the patient, registering a patient the
    -- server has never seen; the reason when it cannot be made, NULL when it is in force.
    \#(relateFunction(create: "CREATE FUNCTION", sexAndHome: false))
    RESET ROLE;
    REVOKE ALL ON FUNCTION core.relate(text, jsonb) FROM PUBLIC;
    GRANT SELECT (op_id, result) ON core.applied_op TO ws_lookup;
    CREATE FUNCTION core.known_ops(p_ops uuid[]) RETURNS TABLE(op_id uuid, result text) LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = core, pg_temp AS $f$ SELECT a.op_id, a.result FROM core.applied_op a WHERE a.op_id = ANY (p_ops) $f$;
    ALTER FUNCTION core.known_ops(uuid[]) OWNER TO ws_lookup;
    REVOKE ALL ON FUNCTION core.known_ops(uuid[]) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION core.known_ops(uuid[]) TO ws_owner;
    SET LOCAL ROLE ws_owner;
    CREATE OR REPLACE FUNCTION api.push(p_ops jsonb)
      RETURNS TABLE(op_id uuid, result text, reason text) LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = core, pg_temp AS $f$
      #variable_conflict use_column
      DECLARE v_op jsonb; v_id uuid; v_patient bigint; v_hpr text; v_reason text; v_known text;
        v_result text; v_kind text; v_head uuid; v_base uuid; v_signed jsonb; v_opener text;
      BEGIN
        v_hpr := core.require_user();
        -- One push at a time: numbers then follow commit order, which pull relies on.
        PERFORM pg_advisory_xact_lock(20261128);
        IF jsonb_typeof(p_ops) <> 'array' THEN
          RAISE EXCEPTION 'operations must be a JSON array' USING ERRCODE = '22023';
        END IF;
        -- Sent before (a lost answer): the first answer again, nothing applied twice.
        CREATE TEMP TABLE IF NOT EXISTS push_known(op uuid PRIMARY KEY, result text) ON COMMIT DELETE ROWS;
        TRUNCATE push_known;
        INSERT INTO push_known SELECT k.op_id, k.result
          FROM core.known_ops(ARRAY(SELECT (e->>'op')::uuid FROM jsonb_array_elements(p_ops) e)) k;
        RETURN QUERY SELECT k.op, 'duplicate'::text, k.result FROM push_known k;
        -- Care relations first: what else the batch brings for the patient needs them.
        FOR v_op IN SELECT t.e FROM jsonb_array_elements(p_ops) WITH ORDINALITY AS t(e, n)
            WHERE t.e->>'kind' = 'care-relation' ORDER BY t.n LOOP
          v_id := (v_op->>'op')::uuid;
          IF EXISTS (SELECT 1 FROM push_known k WHERE k.op = v_id) THEN CONTINUE; END IF;
          SELECT k.result INTO v_known FROM core.known_ops(ARRAY[v_id]) k;
          IF v_known IS NOT NULL THEN
            op_id := v_id; result := 'duplicate'; reason := v_known; RETURN NEXT; CONTINUE;
          END IF;
          v_reason := core.relate(v_op->>'patient', v_op->'payload');
          INSERT INTO core.applied_op(op_id, hpr, kind, result, reason)
            VALUES (v_id, v_hpr, 'care-relation', CASE WHEN v_reason IS NULL THEN 'applied' ELSE 'rejected' END, v_reason);
          op_id := v_id; result := CASE WHEN v_reason IS NULL THEN 'applied' ELSE 'rejected' END; reason := v_reason;
          RETURN NEXT;
        END LOOP;
        -- Vital signs, all at once, in the order sent.
        RETURN QUERY
          WITH sent AS (
              SELECT DISTINCT ON ((t.e->>'op')::uuid) t.n, (t.e->>'op')::uuid AS op, t.e->>'patient' AS patient, t.e->'payload' AS payload
              FROM jsonb_array_elements(p_ops) WITH ORDINALITY AS t(e, n)
              WHERE t.e->>'kind' = 'vitals' ORDER BY (t.e->>'op')::uuid, t.n),
            fresh AS (
              SELECT s.*, p.id AS patient_id FROM sent s LEFT JOIN core.patient p ON p.identifier = s.patient
              WHERE NOT EXISTS (SELECT 1 FROM push_known k WHERE k.op = s.op)),
            stored AS (
              INSERT INTO core.vital_signs(op_id, patient_id, taken_at, recorded_by, vitals)
              SELECT f.op, f.patient_id, (f.payload->>'takenAt')::timestamptz, f.payload->>'recordedBy', f.payload->'vitals'
              FROM fresh f WHERE f.patient_id IS NOT NULL ORDER BY f.n RETURNING 1),
            answered AS (
              INSERT INTO core.applied_op(op_id, hpr, kind, result, reason)
              SELECT f.op, v_hpr, 'vitals', CASE WHEN f.patient_id IS NULL THEN 'rejected' ELSE 'applied' END,
                CASE WHEN f.patient_id IS NULL THEN 'no care relation with this patient' END
              FROM fresh f ORDER BY f.n RETURNING applied_op.op_id, applied_op.result, applied_op.reason)
          SELECT a.op_id, a.result, a.reason FROM answered a;
        -- Every other kind, one by one in the order sent: they refer to each other.
        FOR v_op IN SELECT t.e FROM jsonb_array_elements(p_ops) WITH ORDINALITY AS t(e, n)
            WHERE t.e->>'kind' IS DISTINCT FROM 'vitals' ORDER BY t.n LOOP
          v_id := (v_op->>'op')::uuid;
          IF v_op->>'kind' = 'care-relation' OR EXISTS (SELECT 1 FROM push_known k WHERE k.op = v_id) THEN CONTINUE; END IF;
          SELECT k.result INTO v_known FROM core.known_ops(ARRAY[v_id]) k;
          IF v_known IS NOT NULL THEN
            -- The same operation twice in one batch.
            op_id := v_id; result := 'duplicate'; reason := v_known; RETURN NEXT; CONTINUE;
          END IF;
          v_reason := NULL; v_result := 'applied'; v_kind := coalesce(v_op->>'kind', '');
          SELECT p.id INTO v_patient FROM core.patient p WHERE p.identifier = v_op->>'patient';
          IF v_patient IS NULL THEN
            v_reason := 'no care relation with this patient';
          ELSIF v_kind = 'chart-opened' THEN
            -- Logged as the one who opened the chart, whoever is logged in at the workstation when
            -- it is pushed, as long as both work in the same organisation.
            v_opener := substring(v_op->'payload'->>'user' from '^hpr:([0-9]{1,9})$');
            IF v_opener IS NULL OR NOT EXISTS (SELECT 1 FROM core.app_user u
                WHERE u.hpr = v_opener AND u.organisation_id = core.current_organisation()) THEN
              v_reason := 'a chart opening is pushed from the organisation of the user who opened the chart';
            ELSE
              INSERT INTO core.access_event(at, hpr, patient_id, basis)
                VALUES ((v_op->'payload'->>'at')::timestamptz, v_opener, v_patient, v_op->'payload'->>'basis');
            END IF;
          ELSIF v_kind = 'note' THEN
            IF v_op->'payload' ? 'addendumTo' AND NOT EXISTS (SELECT 1 FROM core.clinical_entry e
                WHERE e.op_id = (v_op->'payload'->>'addendumTo')::uuid AND e.patient_id = v_patient AND e.kind = 'note') THEN
              v_reason := 'an addendum to a note the server does not have';
            ELSE
              INSERT INTO core.clinical_entry(op_id, patient_id, kind, payload, pushed_by)
                VALUES (v_id, v_patient, 'note', v_op->'payload', v_hpr);
            END IF;
          ELSIF v_kind = 'note-in-error' THEN
            IF NOT EXISTS (SELECT 1 FROM core.clinical_entry e
                WHERE e.op_id = (v_op->'payload'->>'note')::uuid AND e.patient_id = v_patient AND e.kind = 'note') THEN
              v_reason := 'marks a note the server does not have';
            ELSE
              INSERT INTO core.clinical_entry(op_id, patient_id, kind, payload, pushed_by)
                VALUES (v_id, v_patient, 'note-in-error', v_op->'payload', v_hpr);
            END IF;
          ELSIF v_kind = 'cave' THEN
            INSERT INTO core.clinical_entry(op_id, patient_id, kind, payload, pushed_by)
              VALUES (v_id, v_patient, 'cave', v_op->'payload', v_hpr);
          ELSIF v_kind = 'medication-list' THEN
            v_base := (v_op->'payload'->>'base')::uuid;
            SELECT h.op_id INTO v_head FROM core.medication_head h WHERE h.patient_id = v_patient;
            IF v_head IS DISTINCT FROM v_base THEN
              -- Signed on top of another version than the one in force: kept, not accepted.
              SELECT m.payload INTO v_signed FROM core.medication_list m WHERE m.op_id = v_head;
              INSERT INTO core.medication_list(op_id, patient_id, base_op, accepted, payload, pushed_by)
                VALUES (v_id, v_patient, v_base, false, v_op->'payload', v_hpr);
              v_result := 'conflict';
              v_reason := 'the list in force was signed by ' || coalesce(v_signed->>'signedBy', '?')
                || ' at ' || coalesce(v_signed->>'signedAt', '?');
            ELSE
              INSERT INTO core.medication_list(op_id, patient_id, base_op, accepted, payload, pushed_by)
                VALUES (v_id, v_patient, v_base, true, v_op->'payload', v_hpr);
              INSERT INTO core.medication_head(patient_id, op_id) VALUES (v_patient, v_id)
                ON CONFLICT (patient_id) DO UPDATE SET op_id = excluded.op_id;
            END IF;
          ELSE
            v_reason := 'unknown operation kind';
          END IF;
          IF v_reason IS NOT NULL AND v_result = 'applied' THEN v_result := 'rejected'; END IF;
          INSERT INTO core.applied_op(op_id, hpr, kind, result, reason) VALUES (v_id, v_hpr, v_kind, v_result, v_reason);
          op_id := v_id; result := v_result; reason := v_reason;
          RETURN NEXT;
        END LOOP;
      END $f$;
    RESET ROLE;
    REVOKE ALL ON FUNCTION api.push(jsonb) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION api.push(jsonb) TO ws_client;
    """#

  /// What the access matrix found: measurements and the access log could be changed, and
  /// patients, care relations and the medication head deleted, by anyone who could see them.
  /// History is never changed: measurements and openings are append-only, and a patient, a
  /// care relation (it ends by its end date) or the list in force is never deleted.
  static let v11 = #"""
    SET LOCAL ROLE ws_owner;
    CREATE TRIGGER vital_signs_append_only BEFORE UPDATE OR DELETE ON core.vital_signs
      FOR EACH ROW EXECUTE FUNCTION core.refuse_change();
    CREATE TRIGGER access_event_append_only BEFORE UPDATE OR DELETE ON core.access_event
      FOR EACH ROW EXECUTE FUNCTION core.refuse_change();
    CREATE TRIGGER patient_kept BEFORE DELETE ON core.patient FOR EACH ROW EXECUTE FUNCTION core.refuse_change();
    CREATE TRIGGER care_relation_kept BEFORE DELETE ON core.care_relation FOR EACH ROW EXECUTE FUNCTION core.refuse_change();
    CREATE TRIGGER medication_head_kept BEFORE DELETE ON core.medication_head FOR EACH ROW EXECUTE FUNCTION core.refuse_change();
    RESET ROLE;
    """#

  /// Every opening of one patient's record, in every organisation, newest first: what the
  /// privacy officer answers a patient who asks who has seen their record. Reading it looks past
  /// row-level security, so the reading belongs to `ws_lookup` and the API lets administrators
  /// only.
  static let v12 = #"""
    GRANT SELECT ON core.access_event, core.app_user, core.organisation TO ws_lookup;
    CREATE FUNCTION core.access_of(p_patient bigint)
      RETURNS TABLE(at timestamptz, name text, role text, organisation text, basis text) LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = core, pg_temp AS $f$
      SELECT a.at, u.name, u.role, o.name, a.basis FROM core.access_event a
        JOIN core.app_user u ON u.hpr = a.hpr JOIN core.organisation o ON o.id = u.organisation_id
        WHERE a.patient_id = p_patient ORDER BY a.at DESC, a.id DESC $f$;
    ALTER FUNCTION core.access_of(bigint) OWNER TO ws_lookup;
    REVOKE ALL ON FUNCTION core.access_of(bigint) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION core.access_of(bigint) TO ws_owner;
    SET LOCAL ROLE ws_owner;
    CREATE FUNCTION api.patient_access(p_identifier text)
      RETURNS TABLE(at text, name text, role text, organisation text, basis text) LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = core, pg_temp AS $f$
      BEGIN
        PERFORM core.require_user();
        IF core.current_role() <> 'administrator' THEN
          RAISE EXCEPTION 'the access log of a record is read by the privacy officer' USING ERRCODE = '42501';
        END IF;
        RETURN QUERY SELECT to_char(x.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), x.name, x.role, x.organisation, x.basis
          FROM core.access_of(core.patient_id_of(p_identifier)) x;
      END $f$;
    RESET ROLE;
    REVOKE ALL ON FUNCTION api.patient_access(text) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION api.patient_access(text) TO ws_client;
    """#

  /// An export of a record is an access like an opening: logged in the access list and the
  /// audit chain before the file is written.
  static let v13 = #"""
    SET LOCAL ROLE ws_owner;
    CREATE FUNCTION api.record_export(p_identifier text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = core, pg_temp AS $f$
      BEGIN
        PERFORM core.require_user();
        INSERT INTO core.access_event(hpr, patient_id, basis)
          VALUES (core.current_hpr(), core.visible_patient(p_identifier), 'export');
      END $f$;
    RESET ROLE;
    REVOKE ALL ON FUNCTION api.record_export(text) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION api.record_export(text) TO ws_client;
    """#

  /// The highest change number a snapshot shows, per table so each maximum is read from the end
  /// of its index. `alsoMaxima` adds those of tables numbered later, each starting with a comma.
  static func changeCursorFunction(create: String, alsoMaxima: String) -> String {
    """
    \(create) api.change_cursor() RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = core, pg_temp AS $f$
      BEGIN
        PERFORM core.require_user();
        -- Per table, so each maximum is read from the end of its index.
        RETURN greatest(
          (SELECT coalesce(max(id), 0) FROM core.vital_signs),
          (SELECT coalesce(max(seq), 0) FROM core.clinical_entry),
          (SELECT coalesce(max(seq), 0) FROM core.medication_list)\(alsoMaxima));
      END $f$;
    """
  }

  /// Pull: every change after the cursor in server order, each table limited before the union
  /// (a pull is the round every workstation makes). `alsoUnion` adds the branches of tables
  /// numbered later, each on new lines starting with UNION ALL.
  static func pullFunction(alsoUnion: String) -> String {
    """
    CREATE OR REPLACE FUNCTION api.pull(p_after bigint, p_limit integer)
      RETURNS TABLE(seq bigint, kind text, patient text, op_id uuid, payload jsonb) LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = core, pg_temp AS $f$
      DECLARE v_limit integer := least(greatest(p_limit, 1), 5000);
      BEGIN
        PERFORM core.require_user();
        -- Each table limited before the union, rather than the view: a pull is the round every
        -- workstation makes, and the limit inside each branch is what keeps it cheap.
        RETURN QUERY
          SELECT c.seq, c.kind, p.identifier, c.op_id, c.payload FROM (
            (SELECT v.id AS seq, 'vitals'::text AS kind, v.patient_id, v.op_id,
                jsonb_build_object('takenAt', v.taken_at, 'recordedBy', v.recorded_by, 'vitals', v.vitals) AS payload
              FROM core.vital_signs v WHERE v.id > p_after ORDER BY v.id LIMIT v_limit)
            UNION ALL
            (SELECT e.seq, e.kind, e.patient_id, e.op_id, e.payload
              FROM core.clinical_entry e WHERE e.seq > p_after ORDER BY e.seq LIMIT v_limit)
            UNION ALL
            (SELECT m.seq, 'medication-list'::text, m.patient_id, m.op_id,
                m.payload || jsonb_build_object('accepted', m.accepted, 'base', m.base_op)
              FROM core.medication_list m WHERE m.seq > p_after ORDER BY m.seq LIMIT v_limit)\(alsoUnion)
          ) c JOIN core.patient p ON p.id = c.patient_id
          ORDER BY c.seq LIMIT v_limit;
      END $f$;
    """
  }

  /// The access rule of a policy on a patient table, for the patient in `column`: a care
  /// relation of the user's organisation, or the user's own break-glass access.
  /// Scalar subqueries with LIMIT 1 rather than EXISTS: the planner may turn an EXISTS into a
  /// hash of every care relation of the organisation, built on each statement, which for a
  /// pull of a few rows from a large organisation costs more than all the rest.
  static func inCare(_ column: String) -> String {
    """
    (coalesce((SELECT true FROM core.care_relation r WHERE r.patient_id = \(column)
        AND r.organisation_id = (SELECT core.current_organisation())
        AND r.valid_from <= now() AND (r.valid_to IS NULL OR r.valid_to > now()) LIMIT 1),
      (SELECT true FROM core.break_glass b WHERE b.patient_id = \(column)
        AND b.hpr = (SELECT core.current_hpr()) AND b.expires > now() LIMIT 1), false))
    """
  }

  /// The access rule written into each policy rather than called as a function: a correlated
  /// subquery the planner keeps in the statement's plan, with the user and organisation read
  /// once per statement (the `(SELECT …)` init plans). Per row this costs an index probe, not a
  /// function call; the rule itself is the one `core.can_see` states.
  private static let inlinePolicies: String = {
    let user = "(SELECT core.current_hpr())"
    var sql = """
      DROP POLICY relation_of_own_organisation ON core.care_relation;
      CREATE POLICY relation_of_own_organisation ON core.care_relation
        USING (organisation_id = (SELECT core.current_organisation()))
        WITH CHECK (organisation_id = (SELECT core.current_organisation()));
      DROP POLICY patient_in_care ON core.patient;
      CREATE POLICY patient_in_care ON core.patient USING \(inCare("patient.id")) WITH CHECK (\(user) IS NOT NULL);
      DROP POLICY access_in_care ON core.access_event;
      CREATE POLICY access_in_care ON core.access_event USING \(inCare("access_event.patient_id"))
        WITH CHECK (EXISTS (SELECT 1 FROM core.app_user u WHERE u.hpr = access_event.hpr
          AND u.organisation_id = (SELECT core.current_organisation())));
      DROP POLICY own_operations ON core.applied_op;
      CREATE POLICY own_operations ON core.applied_op USING (hpr = \(user)) WITH CHECK (hpr = \(user));

      """
    for (table, policy) in [
      ("vital_signs", "vitals_in_care"), ("clinical_entry", "entries_in_care"), ("medication_list", "lists_in_care"),
      ("medication_head", "head_in_care"),
    ] {
      let rule = inCare("\(table).patient_id")
      sql += "DROP POLICY \(policy) ON core.\(table);\nCREATE POLICY \(policy) ON core.\(table) USING \(rule) WITH CHECK \(rule);\n"
    }
    return sql
  }()

  /// One patient's record for a break-glass or a fetch when a relation begins: the patient's
  /// particulars as the JSON object `patient` makes them from `p`, then every change in order.
  static func patientRecordFunction(create: String, patient: String) -> String {
    #"""
    \#(create) api.patient_record(p_identifier text)
      RETURNS TABLE(seq bigint, kind text, op_id uuid, payload jsonb) LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = core, pg_temp AS $f$
      DECLARE v_id bigint;
      BEGIN
        PERFORM core.require_user();
        v_id := core.visible_patient(p_identifier);
        RETURN QUERY
          SELECT 0::bigint, 'patient'::text, NULL::uuid,
            \#(patient)
            FROM core.patient p WHERE p.id = v_id
          UNION ALL
          SELECT c.seq, c.kind, c.op_id, c.payload FROM core.change c WHERE c.patient_id = v_id ORDER BY 1;
      END $f$;
    """#
  }
}
