extension CentralSchema {
  /// A service at home granted by the municipality reaches its home-care service. The home
  /// nurse saw a patient only once an administrator loaded a list, though the case officer's
  /// letter had said who gives the service. A letter in force that grants home nursing,
  /// practical help or a safety alarm (the workstation names it, `homeService`) now gives each
  /// home-care service of the municipality a care relation with the patient, numbered like any
  /// other, so its workstations fetch the record at their next round; one in force already is
  /// left as it is, and one ending is in force again.
  ///
  /// The service ended ends the relation after the days for documentation, as a discharge does,
  /// unless another case of the patient still has a service at home in force.
  ///
  /// The relation is another organisation's, which row-level security hides from the case
  /// officer, so the trigger belongs to `ws_relate` (BYPASSRLS), which may read organisations and
  /// the record's case steps and make and end home-care relations, and nothing else.
  static let v28 = #"""
    DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ws_relate') THEN CREATE ROLE ws_relate NOLOGIN BYPASSRLS; END IF;
    END $$;
    GRANT USAGE ON SCHEMA core TO ws_relate;
    GRANT SELECT (id, kind, municipality_code) ON core.organisation TO ws_relate;
    GRANT SELECT (hpr, organisation_id) ON core.app_user TO ws_relate;
    GRANT SELECT (patient_id, kind, payload) ON core.clinical_entry TO ws_relate;
    GRANT SELECT, INSERT ON core.care_relation TO ws_relate;
    GRANT UPDATE (valid_to, seq) ON core.care_relation TO ws_relate;
    GRANT USAGE ON SEQUENCE core.change_seq, core.care_relation_id_seq TO ws_relate;
    GRANT EXECUTE ON FUNCTION core.current_hpr(), core.current_organisation() TO ws_relate;
    \#(homeCareFollows(endingSteps: "= 'end-service'"))
    """#

  /// A decision changed on appeal, or made again, whose new letter gives no service at home ends
  /// the relation as the service ended does: the home-care service kept a patient whose home
  /// nursing was overturned, with nobody to end it, since a service never given is never ended.
  static let v29 = #"""
    DROP TRIGGER home_care_follows ON core.clinical_entry;
    DROP FUNCTION core.home_care_follows();
    \#(homeCareFollows(endingSteps: "IN ('end-service', 'send-letter')"))
    """#

  /// The trigger of `v28`: `endingSteps` says which case steps end the relation (a letter that
  /// grants a service at home begins it before they are asked).
  private static func homeCareFollows(endingSteps: String) -> String {
    #"""
    CREATE FUNCTION core.home_care_follows() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = core, pg_temp AS $f$
      DECLARE v_code text := (SELECT o.municipality_code FROM core.organisation o WHERE o.id = core.current_organisation());
      BEGIN
        IF v_code IS NULL OR NEW.payload->'accepted' IS DISTINCT FROM 'true'::jsonb THEN RETURN NULL; END IF;
        IF NEW.payload->>'step' = 'send-letter' AND NEW.payload ? 'homeService' THEN
          -- In force again where it was ending; begun where there was none.
          UPDATE core.care_relation r SET valid_to = NULL, seq = nextval('core.change_seq')
            FROM core.organisation o
            WHERE r.organisation_id = o.id AND o.kind = 'home-care' AND o.municipality_code = v_code
              AND r.patient_id = NEW.patient_id AND r.kind = 'home-care' AND r.valid_to > now();
          INSERT INTO core.care_relation(patient_id, organisation_id, kind)
            SELECT NEW.patient_id, o.id, 'home-care' FROM core.organisation o
            WHERE o.kind = 'home-care' AND o.municipality_code = v_code
              AND NOT EXISTS (SELECT 1 FROM core.care_relation r WHERE r.patient_id = NEW.patient_id
                AND r.organisation_id = o.id AND r.kind = 'home-care' AND (r.valid_to IS NULL OR r.valid_to > now()));
        ELSIF NEW.payload->>'step' \#(endingSteps)
            AND EXISTS (SELECT 1 FROM core.clinical_entry l WHERE l.patient_id = NEW.patient_id AND l.kind = 'case-step'
              AND l.payload->>'case' = NEW.payload->>'case' AND l.payload ? 'homeService')
            -- Another case's service at home, in force, keeps the relation.
            AND NOT EXISTS (SELECT 1 FROM core.clinical_entry l WHERE l.patient_id = NEW.patient_id AND l.kind = 'case-step'
              AND l.payload ? 'homeService' AND l.payload->'accepted' = 'true'::jsonb
              AND l.payload->>'case' IS DISTINCT FROM NEW.payload->>'case'
              AND NOT EXISTS (SELECT 1 FROM core.clinical_entry x WHERE x.patient_id = NEW.patient_id AND x.kind = 'case-step'
                AND x.payload->>'case' = l.payload->>'case' AND x.payload->>'step' = 'end-service'
                AND x.payload->'accepted' = 'true'::jsonb)) THEN
          UPDATE core.care_relation r
            SET valid_to = now() + core.documentation_days() * interval '1 day', seq = nextval('core.change_seq')
            FROM core.organisation o
            WHERE r.organisation_id = o.id AND o.kind = 'home-care' AND o.municipality_code = v_code
              AND r.patient_id = NEW.patient_id AND r.kind = 'home-care' AND r.valid_to IS NULL;
        END IF;
        RETURN NULL;
      END $f$;
    ALTER FUNCTION core.home_care_follows() OWNER TO ws_relate;
    REVOKE ALL ON FUNCTION core.home_care_follows() FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION core.home_care_follows() TO ws_owner;
    SET LOCAL ROLE ws_owner;
    CREATE TRIGGER home_care_follows AFTER INSERT ON core.clinical_entry
      FOR EACH ROW WHEN (NEW.kind = 'case-step') EXECUTE FUNCTION core.home_care_follows();
    RESET ROLE;
    """#
  }
}
