extension CentralSchema {
  /// The patient's sex and home municipality travel with the record. The server kept only the
  /// name and birth date, so a nursing home admitting a patient the GP registered had her sex as
  /// unknown and no home municipality: the chart said so, and the IPLOS report and the letter's
  /// heading, which go by the home municipality, lost her.
  ///
  /// Both are taken from the care relation that first brings the patient, and later relations
  /// fill what the server does not know yet (a walk-in registered by number alone, whose GP
  /// knows her). A value the server holds is never replaced by another workstation's: a move is a
  /// change of its own, not a side effect of a visit (migration 26), and a field a clinician has
  /// changed that way is not filled either. Unknown is NULL, and a malformed value is
  /// unknown rather than a reason to lose the relation it came with.
  static let v24 = #"""
    SET LOCAL ROLE ws_owner;
    ALTER TABLE core.patient
      ADD COLUMN sex text CHECK (sex IN ('F', 'M')),
      ADD COLUMN municipality_code text CHECK (municipality_code ~ '^[0-9]{4}$');
    CREATE FUNCTION core.sex_of(p_payload jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
      SELECT CASE WHEN p_payload->>'sex' IN ('F', 'M') THEN p_payload->>'sex' END $f$;
    CREATE FUNCTION core.home_of(p_payload jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
      SELECT CASE WHEN p_payload->>'municipality' ~ '^[0-9]{4}$' THEN p_payload->>'municipality' END $f$;
    \#(relateFunction(create: "CREATE OR REPLACE FUNCTION", sexAndHome: true))
    \#(patientRecordFunction(create: "CREATE OR REPLACE FUNCTION", patient: """
      jsonb_strip_nulls(jsonb_build_object('given', p.given, 'family', p.family, 'birthDate', p.birth_date,
                    'sex', p.sex, 'municipality', p.municipality_code))
      """))
    \#(firstSyncPatientsFunction(also: [("sex", "text", "p.sex"), ("municipality_code", "text", "p.municipality_code")]))
    RESET ROLE;
    REVOKE ALL ON FUNCTION core.sex_of(jsonb) FROM PUBLIC;
    REVOKE ALL ON FUNCTION core.home_of(jsonb) FROM PUBLIC;
    REVOKE ALL ON FUNCTION api.first_sync_patients() FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION api.first_sync_patients() TO ws_client;
    """#

  /// A care relation of the user's organisation with the patient, registering a patient the
  /// server has never seen: as migration 10 made it, and with `sexAndHome` taking the sex and
  /// home municipality the relation carries (registering with them, filling what the server
  /// does not know).
  static func relateFunction(create: String, sexAndHome: Bool) -> String {
    let declared = sexAndHome ? "\n        v_sex text := core.sex_of(p_payload); v_home text := core.home_of(p_payload);" : ""
    let columns = sexAndHome ? ", sex, municipality_code" : ""
    let values = sexAndHome ? ",\n                v_sex, v_home" : ""
    let fill = sexAndHome ? sexAndHomeFill : ""
    return #"""
    \#(create) core.relate(p_identifier text, p_payload jsonb) RETURNS text LANGUAGE plpgsql AS $f$
      DECLARE v_patient bigint; v_relation text := p_payload->>'relation';\#(declared)
      BEGIN
        IF v_relation IS NULL OR v_relation NOT IN ('gp-list', 'ward-stay', 'legevakt-visit', 'home-care', 'referral') THEN
          RETURN 'unknown kind of care relation';
        END IF;
        IF p_identifier IS NULL OR p_identifier !~ '^[0-9]{11}$' THEN
          RETURN 'the patient number is not 11 digits';
        END IF;
        v_patient := core.patient_id_of(p_identifier);
        IF v_patient IS NULL THEN
          BEGIN
            -- The id first: RETURNING would have to see a patient this organisation has no relation with yet.
            v_patient := nextval('core.patient_id_seq');
            INSERT INTO core.patient(id, identifier, given, family, birth_date\#(columns))
              VALUES (v_patient, p_identifier, p_payload->>'given', p_payload->>'family', (p_payload->>'birthDate')::date\#(values));
          EXCEPTION WHEN others THEN
            RETURN 'the patient cannot be registered: name or birth date missing or invalid';
          END;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM core.care_relation r WHERE r.patient_id = v_patient
            AND r.organisation_id = core.current_organisation() AND r.valid_from <= now()
            AND (r.valid_to IS NULL OR r.valid_to > now())) THEN
          INSERT INTO core.care_relation(patient_id, organisation_id, kind)
            VALUES (v_patient, core.current_organisation(), v_relation);
        END IF;\#(fill)
        RETURN NULL;
      END $f$;
    """#
  }

  private static let sexAndHomeFill = """

            -- A field a clinician has set (made unknown, even) is theirs: no relation fills it.
            IF EXISTS (SELECT 1 FROM core.demographic_head h WHERE h.patient_id = v_patient AND h.field = 'sex') THEN
              v_sex := NULL;
            END IF;
            IF EXISTS (SELECT 1 FROM core.demographic_head h WHERE h.patient_id = v_patient AND h.field = 'municipality') THEN
              v_home := NULL;
            END IF;
            -- After the relation: row-level security lets an organisation change only whom it cares for.
            UPDATE core.patient SET sex = coalesce(sex, v_sex), municipality_code = coalesce(municipality_code, v_home)
              WHERE id = v_patient AND ((sex IS NULL AND v_sex IS NOT NULL) OR (municipality_code IS NULL AND v_home IS NOT NULL));
    """

  /// The organisation's patients for a first sync, as migration 9 reads them and `also` the
  /// columns named (name, type, value from `p`); made again whole, since the columns a function
  /// returns cannot change in place. Run as the schema's owner; the caller grants it again.
  static func firstSyncPatientsFunction(also columns: [(name: String, type: String, value: String)]) -> String {
    let declared = columns.map { ", \($0.name) \($0.type)" }.joined()
    let values = columns.map { ", \($0.value)" }.joined()
    return #"""
    DROP FUNCTION api.first_sync_patients();
    CREATE FUNCTION api.first_sync_patients()
      RETURNS TABLE(identifier text, given text, family text, birth_date date\#(declared))
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = core, pg_temp AS $f$
      BEGIN
        PERFORM core.require_user();
        RETURN QUERY SELECT p.identifier, p.given, p.family, p.birth_date\#(values)
          FROM core.patient p WHERE core.in_organisation_care(p.id) ORDER BY p.id;
      END $f$;
    """#
  }
}
