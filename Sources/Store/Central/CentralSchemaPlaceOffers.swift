extension CentralSchema {
  /// A place in a nursing home granted by the municipality waits for a bed in every home of that
  /// municipality: the first home with a free bed admits. The case officer's letter, taken in
  /// force, makes the offer; the admission at a home takes it, and starts the case's service as
  /// the admission does on a workstation that holds the case. The service ended before that
  /// (the patient died, moved or declined) ends the offer at every home.
  ///
  /// An offer carries the little a waiting list shows (number, name, birth date, kind of place,
  /// since when, assessed need), because a home has no care relation with the patient until it
  /// admits: the record itself comes with the relation the admission begins. Offers are read by
  /// the municipality's nursing homes, through `api.place_offers`, numbered when made and
  /// again when taken, under the push's lock, so a home's cursor never passes one not committed.
  static let v23 = #"""
    SET LOCAL ROLE ws_owner;
    CREATE SEQUENCE core.place_offer_seq;
    CREATE TABLE core.place_offer(
      case_uid uuid PRIMARY KEY,
      seq bigint NOT NULL UNIQUE,
      patient_id bigint NOT NULL REFERENCES core.patient(id),
      identifier text NOT NULL, given text NOT NULL, family text NOT NULL, birth_date date,
      municipality_code text NOT NULL,
      stay_type text NOT NULL CHECK (stay_type IN ('long-term', 'short-term', 'rehabilitation', 'respite', 'municipal-acute')),
      since date NOT NULL,
      -- The mean IPLOS score in tenths (1.0–5.0), which orders the waiting list.
      need_tenths integer CHECK (need_tenths BETWEEN 10 AND 50),
      taken_at timestamptz, taken_by bigint REFERENCES core.organisation(id),
      -- Ended by the municipality before any home admitted (the patient died or declined).
      ended_at timestamptz, ended_by bigint REFERENCES core.organisation(id),
      CHECK (taken_at IS NULL OR ended_at IS NULL));
    CREATE TRIGGER place_offer_kept BEFORE DELETE ON core.place_offer FOR EACH ROW EXECUTE FUNCTION core.refuse_change();
    ALTER TABLE core.place_offer ENABLE ROW LEVEL SECURITY;
    ALTER TABLE core.place_offer FORCE ROW LEVEL SECURITY;
    CREATE POLICY offers_made_in_own_municipality ON core.place_offer FOR INSERT
      WITH CHECK (municipality_code = \#(ownOrganisation("municipality_code")));
    -- The municipality reads its own offers too: a letter sent again makes none twice, and
    -- PostgreSQL checks that against what the user may read.
    CREATE POLICY offers_read_in_own_municipality ON core.place_offer FOR SELECT
      USING (municipality_code = \#(ownOrganisation("municipality_code"))
        AND \#(ownOrganisation("kind")) IN ('nursing-home', 'municipality'));
    -- Each check names its kind of organisation: PostgreSQL lets a change through when any
    -- policy's check passes, so neither may pass what the other allows.
    CREATE POLICY offers_taken_by_homes ON core.place_offer FOR UPDATE
      USING (municipality_code = \#(ownOrganisation("municipality_code")) AND \#(ownOrganisation("kind")) = 'nursing-home')
      WITH CHECK (taken_by = (SELECT core.current_organisation()) AND ended_by IS NULL
        AND \#(ownOrganisation("kind")) = 'nursing-home');
    CREATE POLICY offers_ended_by_municipality ON core.place_offer FOR UPDATE
      USING (municipality_code = \#(ownOrganisation("municipality_code")) AND \#(ownOrganisation("kind")) = 'municipality')
      WITH CHECK (ended_by = (SELECT core.current_organisation()) AND taken_by IS NULL
        AND \#(ownOrganisation("kind")) = 'municipality');

    \#(placeOffersFollow(create: "CREATE FUNCTION", onConflict: "DO NOTHING", endingSteps: "= 'end-service'"))
    CREATE TRIGGER place_offers_follow AFTER INSERT ON core.clinical_entry
      FOR EACH ROW WHEN (NEW.kind IN ('case-step', 'stay')) EXECUTE FUNCTION core.place_offers_follow();

    CREATE FUNCTION api.place_offers(p_after bigint)
      RETURNS TABLE(seq bigint, case_uid uuid, identifier text, given text, family text, birth_date date,
        stay_type text, since date, need_tenths integer, taken_by text, taken_at timestamptz, taken_here boolean,
        ended_by text, ended_at timestamptz)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = core, pg_temp AS $f$
      BEGIN
        PERFORM core.require_user();
        -- A waiting list is a nursing home's: the municipality holds its cases.
        IF (SELECT o.kind FROM core.organisation o WHERE o.id = core.current_organisation()) <> 'nursing-home' THEN RETURN; END IF;
        RETURN QUERY SELECT o.seq, o.case_uid, o.identifier, o.given, o.family, o.birth_date, o.stay_type, o.since,
            o.need_tenths, t.name, o.taken_at, o.taken_by = core.current_organisation(), e.name, o.ended_at
          FROM core.place_offer o LEFT JOIN core.organisation t ON t.id = o.taken_by
          LEFT JOIN core.organisation e ON e.id = o.ended_by
          WHERE o.seq > p_after ORDER BY o.seq LIMIT 1000;
      END $f$;
    RESET ROLE;
    REVOKE ALL ON FUNCTION core.place_offers_follow() FROM PUBLIC;
    REVOKE ALL ON FUNCTION api.place_offers(bigint) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION api.place_offers(bigint) TO ws_client;
    """#

  /// A column of the user's own organisation, read once per statement.
  /// What a case step or a stay does to the offers, as a trigger on the record's entries: a
  /// letter makes one (or, with `onConflict`, makes it again), the `endingSteps` end one not yet
  /// taken, an admission takes one.
  static func placeOffersFollow(create: String, onConflict: String, endingSteps: String) -> String {
    #"""
    \#(create) core.place_offers_follow() RETURNS trigger LANGUAGE plpgsql SET search_path = core, pg_temp AS $f$
      DECLARE v_org core.organisation; v_place jsonb := NEW.payload->'place'; v_case uuid; v_head uuid; v_step text; v_op uuid;
      BEGIN
        SELECT * INTO v_org FROM core.organisation o WHERE o.id = core.current_organisation();
        IF v_org.municipality_code IS NULL THEN RETURN NULL; END IF;
        IF NEW.kind = 'case-step' THEN
          -- Only a letter in force makes an offer, and only one that says what it grants; a
          -- letter without it (a service at home, an older workstation) is no place.
          IF NEW.payload->>'step' = 'send-letter' AND NEW.payload->'accepted' = 'true'::jsonb
              AND jsonb_typeof(v_place) = 'object'
              AND v_place->>'stay' IN ('long-term', 'short-term', 'rehabilitation', 'respite', 'municipal-acute')
              AND coalesce(v_place->>'need', '10') ~ '^([1-4][0-9]|50)$'
              AND coalesce(NEW.payload->>'dated', '') ~ '^[0-9]{8}$' THEN
            BEGIN
              INSERT INTO core.place_offer(case_uid, seq, patient_id, identifier, given, family, birth_date,
                  municipality_code, stay_type, since, need_tenths)
                SELECT (NEW.payload->>'case')::uuid, nextval('core.place_offer_seq'), p.id, p.identifier, p.given, p.family,
                  p.birth_date, v_org.municipality_code, v_place->>'stay', to_date(NEW.payload->>'dated', 'YYYYMMDD'),
                  (v_place->>'need')::integer
                FROM core.patient p WHERE p.id = NEW.patient_id
                ON CONFLICT (case_uid) \#(onConflict);
            EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format THEN
              -- A date no calendar has: no offer, and the letter, in force already, stands.
              NULL;
            END;
          ELSIF NEW.payload->>'step' \#(endingSteps) AND NEW.payload->'accepted' = 'true'::jsonb THEN
            -- The place ended before any home admitted: off every list.
            UPDATE core.place_offer o SET ended_at = now(), ended_by = v_org.id, seq = nextval('core.place_offer_seq')
              WHERE o.case_uid = (NEW.payload->>'case')::uuid AND o.taken_at IS NULL AND o.ended_at IS NULL;
          END IF;
        ELSIF NEW.payload->>'change' = 'admit' AND v_org.kind = 'nursing-home' THEN
          -- Admitted here to the kind of place granted: the offer is taken at every home.
          FOR v_case IN UPDATE core.place_offer o
              SET taken_at = now(), taken_by = v_org.id, seq = nextval('core.place_offer_seq')
              WHERE o.patient_id = NEW.patient_id AND o.taken_at IS NULL AND o.ended_at IS NULL
                AND o.municipality_code = v_org.municipality_code AND o.stay_type = NEW.payload->>'type'
              RETURNING o.case_uid LOOP
            -- The service starts with the admission, when the letter is the case's last step;
            -- any other step since (an appeal) leaves the start to the case officer.
            SELECT h.op_id, e.payload->>'step' INTO v_head, v_step
              FROM core.case_head h JOIN core.clinical_entry e ON e.op_id = h.op_id WHERE h.case_uid = v_case;
            IF v_step = 'send-letter' THEN
              v_op := gen_random_uuid();
              INSERT INTO core.clinical_entry(op_id, patient_id, kind, payload, pushed_by) VALUES (v_op, NEW.patient_id, 'case-step',
                jsonb_build_object('step', 'start-service', 'detail', v_org.name, 'case', v_case, 'base', v_head,
                  'by', NEW.payload->>'by', 'at', NEW.payload->>'at', 'accepted', true), NEW.pushed_by);
              UPDATE core.case_head SET op_id = v_op WHERE case_uid = v_case;
            END IF;
          END LOOP;
        END IF;
        RETURN NULL;
      END $f$;
    """#
  }

  static func ownOrganisation(_ column: String) -> String {
    "(SELECT o.\(column) FROM core.organisation o WHERE o.id = (SELECT core.current_organisation()))"
  }
}
