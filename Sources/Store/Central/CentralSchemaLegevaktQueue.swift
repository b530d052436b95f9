extension CentralSchema {
  /// The legevakt's queue is shared by its workstations: the reception registers a walk-in, the
  /// triage nurse re-triages at another terminal, the doctor takes the patient in at a third.
  /// Each change of a visit travels as an entry of the record naming the visit and the field it
  /// set (see `TriageSync` for how workstations put them in the server's order). The server
  /// names the organisation whose queue the visit is in: a visit pulled with the patient's record
  /// elsewhere (the GP office) is history there, not a queue.
  static let v19 = #"""
    SET LOCAL ROLE ws_owner;
    \#(entryKinds(["note", "note-in-error", "cave", "case-step", "demographics", "dose", "triage"]))
    \#(changeCheck(
      "record_triage", id: "visit", noId: "a change of a visit names the visit", changes: ["register", "level", "status"],
      unknownChange: "a change of a visit sets its registration, its level or its status"))
        IF v_change IN ('register', 'level') AND (jsonb_typeof(p_payload->'level') IS DISTINCT FROM 'number'
            OR (p_payload->>'level') NOT IN ('1', '2', '3', '4', '5')) THEN
          RETURN 'a triage level is 1 to 5';
        END IF;
        IF v_change = 'status' AND coalesce(p_payload->>'status', '')
            NOT IN ('waiting', 'with-doctor', 'observation', 'discharged', 'admitted', 'referred') THEN
          RETURN 'unknown status of a visit';
        END IF;
        IF v_change = 'register' AND (coalesce(p_payload->>'complaint', '') = '' OR p_payload->>'arrivedAt' IS NULL) THEN
          RETURN 'a visit is registered with its complaint and when the patient came';
        END IF;
        IF coalesce(p_payload->>'by', '') = '' OR p_payload->>'at' IS NULL THEN
          RETURN 'a change of a visit names who made it and when';
        END IF;
        BEGIN
          PERFORM (p_payload->>'at')::timestamptz, (p_payload->>'arrivedAt')::timestamptz;
        EXCEPTION WHEN others THEN
          RETURN 'a change of a visit names who made it and when';
        END;
        SELECT p.id INTO v_patient FROM core.patient p WHERE p.identifier = p_identifier;
        IF v_patient IS NULL THEN RETURN 'no care relation with this patient'; END IF;
        -- Whose queue: the server's name for the user's organisation, not the workstation's.
        INSERT INTO core.clinical_entry(op_id, patient_id, kind, payload, pushed_by)
          VALUES (p_op, v_patient, 'triage', p_payload || jsonb_build_object('organisation',
            (SELECT o.name FROM core.organisation o WHERE o.id = core.current_organisation())), p_hpr);
        RETURN NULL;
      END $f$;
    \#(applyEntryFunction(oneByOne + [doseEntry, triageEntry]))
    \#(pushFunction(
      create: "CREATE OR REPLACE", alsoFirst: reopening, alsoOwnKinds: ["care-relation-end", "dose", "triage"],
      alsoLast: doses + triageChanges + ending))
    RESET ROLE;
    REVOKE ALL ON FUNCTION core.record_triage(uuid, text, jsonb, text) FROM PUBLIC;
    """#

  static let triageEntry = ("triage", "core.record_triage(p_op, p_identifier, p_payload, p_hpr)")

  static let triageChanges = """

            -- Changes of legevakt visits, in the order made: before a relation a discharge ends.
            RETURN QUERY SELECT * FROM core.push_each(v_hpr, 'triage');
    """
}
