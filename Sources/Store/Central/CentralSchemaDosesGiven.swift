extension CentralSchema {
  /// Doses given travel: a dose given on one workstation shows on every chart of the patient,
  /// so the next shift at another station sees the paracetamol already given today. Doses are
  /// append-only (nothing merges, a dose given twice was given twice) and stored as entries of
  /// the record like notes; pull delivers them with the rest. The server refuses a dose without
  /// a drug, with an amount not above zero or a time it cannot read.
  static let v18 = #"""
    SET LOCAL ROLE ws_owner;
    \#(entryKinds(["note", "note-in-error", "cave", "case-step", "demographics", "dose"]))
    CREATE FUNCTION core.record_dose(p_op uuid, p_identifier text, p_payload jsonb, p_hpr text) RETURNS text
      LANGUAGE plpgsql SET search_path = core, pg_temp AS $f$
      DECLARE v_patient bigint;
      BEGIN
        IF coalesce(p_payload->>'atc', '') = '' OR coalesce(p_payload->>'medication', '') = ''
            OR jsonb_typeof(p_payload->'amount') IS DISTINCT FROM 'number' OR (p_payload->>'amount')::numeric <= 0
            OR coalesce(p_payload->>'unit', '') = '' OR coalesce(p_payload->>'route', '') = ''
            OR coalesce(p_payload->>'givenBy', '') = '' THEN
          RETURN 'a dose needs a drug, an amount above zero, a unit, a route and who gave it';
        END IF;
        BEGIN
          PERFORM (p_payload->>'givenAt')::timestamptz;
        EXCEPTION WHEN others THEN
          RETURN 'a dose needs the time it was given';
        END;
        SELECT p.id INTO v_patient FROM core.patient p WHERE p.identifier = p_identifier;
        IF v_patient IS NULL THEN RETURN 'no care relation with this patient'; END IF;
        INSERT INTO core.clinical_entry(op_id, patient_id, kind, payload, pushed_by) VALUES (p_op, v_patient, 'dose', p_payload, p_hpr);
        RETURN NULL;
      END $f$;
    \#(applyEntryFunction(oneByOne + [doseEntry]))
    \#(pushFunction(create: "CREATE OR REPLACE", alsoFirst: reopening, alsoOwnKinds: ["care-relation-end", "dose"], alsoLast: doses + ending))
    RESET ROLE;
    REVOKE ALL ON FUNCTION core.record_dose(uuid, text, jsonb, text) FROM PUBLIC;
    """#

  static let doseEntry = ("dose", "core.record_dose(p_op, p_identifier, p_payload, p_hpr)")

  static let doses = """

            -- Doses given: each for itself, in the order given.
            RETURN QUERY SELECT * FROM core.push_each(v_hpr, 'dose');
    """
}
