import Clinical

extension CentralSchema {
  /// A care relation ends: a discharge from a nursing home ends its ward stay. Access does not
  /// stop at the door: the relation holds `CareRelationEnd.documentationDays` more days, so what is
  /// written about the stay afterwards (the discharge note, a late measurement pushed after a
  /// day offline) is still taken, and then it ends. The end is numbered like a beginning, so
  /// the organisation's other workstations pull it while they can still see the patient and
  /// close the chart on the same day; the server's clock sets the end, never the workstation's.
  ///
  /// A patient admitted again before that day has the relation in force again, rather than a
  /// second one beside it that the first one's end would hide.
  static let v17 = #"""
    SET LOCAL ROLE ws_owner;
    DROP TRIGGER care_relation_numbered ON core.care_relation;
    CREATE TRIGGER care_relation_numbered BEFORE INSERT OR UPDATE ON core.care_relation
      FOR EACH STATEMENT EXECUTE FUNCTION core.numbered_in_commit_order();
    -- The days a relation holds after it ends. Set here once: a later value is a migration that
    -- replaces this function, so every end the server makes uses the same.
    CREATE FUNCTION core.documentation_days() RETURNS integer LANGUAGE sql IMMUTABLE AS $f$ SELECT \#(CareRelationEnd.documentationDays) $f$;
    -- The organisation's relations of this kind with the patient, ended or in force again: the
    -- reason when it cannot be done, NULL when done (or nothing was open: ending is idempotent).
    CREATE FUNCTION core.end_relation(p_identifier text, p_payload jsonb, p_ends boolean) RETURNS text LANGUAGE plpgsql AS $f$
      DECLARE v_patient bigint := core.patient_id_of(p_identifier); v_relation text := p_payload->>'relation';
      BEGIN
        IF v_relation IS NULL OR v_relation NOT IN ('gp-list', 'ward-stay', 'legevakt-visit', 'home-care', 'referral') THEN
          RETURN 'unknown kind of care relation';
        END IF;
        IF p_ends THEN
          UPDATE core.care_relation r
            SET valid_to = now() + core.documentation_days() * interval '1 day', seq = nextval('core.change_seq')
            WHERE r.patient_id = v_patient AND r.organisation_id = core.current_organisation() AND r.kind = v_relation
              AND r.valid_to IS NULL;
          IF NOT FOUND AND NOT EXISTS (SELECT 1 FROM core.care_relation r WHERE r.patient_id = v_patient
              AND r.organisation_id = core.current_organisation() AND r.kind = v_relation) THEN
            RETURN 'no care relation with this patient';
          END IF;
        ELSE
          UPDATE core.care_relation r SET valid_to = NULL, seq = nextval('core.change_seq')
            WHERE r.patient_id = v_patient AND r.organisation_id = core.current_organisation() AND r.kind = v_relation
              AND r.valid_to > now();
        END IF;
        RETURN NULL;
      END $f$;
    \#(applyEntryFunction(oneByOne))
    -- The batch's operations of one kind, in the order sent, each answered once.
    CREATE FUNCTION core.push_each(p_hpr text, p_kind text) RETURNS TABLE(op_id uuid, result text, reason text)
      LANGUAGE plpgsql SET search_path = core, pg_temp AS $f$
      #variable_conflict use_column
      DECLARE v_op record; v_known text; v_reason text;
      BEGIN
        FOR v_op IN SELECT s.op, s.patient, s.payload FROM push_sent s WHERE s.kind = p_kind ORDER BY s.n LOOP
          v_known := core.first_answer(v_op.op);
          IF v_known IS NOT NULL THEN
            op_id := v_op.op; result := 'duplicate'; reason := v_known; RETURN NEXT; CONTINUE;
          END IF;
          v_reason := core.apply_entry(p_kind, v_op.op, v_op.patient, v_op.payload, p_hpr);
          INSERT INTO core.applied_op(op_id, hpr, kind, result, reason)
            VALUES (v_op.op, p_hpr, p_kind, CASE WHEN v_reason IS NULL THEN 'applied' ELSE 'rejected' END, v_reason);
          op_id := v_op.op; result := CASE WHEN v_reason IS NULL THEN 'applied' ELSE 'rejected' END; reason := v_reason;
          RETURN NEXT;
        END LOOP;
      END $f$;
    \#(pushFunction(create: "CREATE OR REPLACE", alsoFirst: reopening, alsoOwnKinds: ["care-relation-end"], alsoLast: ending))
    \#(pullFunction(alsoUnion: relationBranch))
    RESET ROLE;
    REVOKE ALL ON FUNCTION core.end_relation(text, jsonb, boolean) FROM PUBLIC;
    REVOKE ALL ON FUNCTION core.apply_entry(text, uuid, text, jsonb, text) FROM PUBLIC;
    REVOKE ALL ON FUNCTION core.push_each(text, text) FROM PUBLIC;
    """#

  /// The kinds the push takes one by one, each with what applies one operation of it.
  static let oneByOne = [("care-relation-end", "core.end_relation(p_identifier, p_payload, true)")]

  /// What one operation of a kind the push takes one by one does: the reason when it is
  /// refused, NULL when applied. Each kind `core.push_each` takes is named here.
  static func applyEntryFunction(_ kinds: [(kind: String, apply: String)]) -> String {
    let branches = kinds.map { "    IF p_kind = '\($0.kind)' THEN RETURN \($0.apply); END IF;" }.joined(separator: "\n")
    return """
    CREATE OR REPLACE FUNCTION core.apply_entry(p_kind text, p_op uuid, p_identifier text, p_payload jsonb, p_hpr text)
      RETURNS text LANGUAGE plpgsql SET search_path = core, pg_temp AS $f$
      BEGIN
    \(branches)
        RETURN 'unknown operation kind';
      END $f$;
    """
  }

  static let reopening = """

            -- A stay begun again before the last one's end: that relation is in force again.
            PERFORM core.end_relation(s.patient, s.payload, false) FROM push_sent s
              WHERE s.kind = 'care-relation' AND core.first_answer(s.op) IS NULL;
    """

  static let ending = """

            -- Ends last: what the batch wrote during the stay is in before it.
            RETURN QUERY SELECT * FROM core.push_each(v_hpr, 'care-relation-end');
    """

  /// Relations begun, ended or in force again. An end says until when the organisation holds
  /// the patient by any relation (null while one is open), which is what a workstation keeps.
  private static let relationBranch = """

                UNION ALL
                (SELECT r.seq, 'care-relation'::text, r.patient_id, NULL::uuid,
                    jsonb_build_object('relation', r.kind, 'ends', r.valid_to, 'inCareUntil',
                      (SELECT CASE WHEN bool_or(o.valid_to IS NULL) THEN NULL ELSE max(o.valid_to) END
                        FROM core.care_relation o WHERE o.patient_id = r.patient_id))
                  FROM core.care_relation r WHERE r.seq > p_after ORDER BY r.seq LIMIT v_limit)
    """
}
