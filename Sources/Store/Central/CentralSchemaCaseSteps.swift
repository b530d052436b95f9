extension CentralSchema {
  /// Service cases travel as a chain of steps, each naming the step it follows (its base); the
  /// server keeps each case's last step in force. A step whose base is not that step was taken
  /// at the same time as another one: it is kept, answered "conflict", and never in force. Steps
  /// are clinical entries, so pull, record fetch and first sync carry them already.
  ///
  /// The push of the other kinds is kept as it was, under `core`; `api.push` hands it every
  /// operation but the case steps, then takes those in the order sent.
  static let v14 = #"""
    SET LOCAL ROLE ws_owner;
    ALTER TABLE core.clinical_entry DROP CONSTRAINT clinical_entry_kind_check;
    ALTER TABLE core.clinical_entry ADD CONSTRAINT clinical_entry_kind_check
      CHECK (kind IN ('note', 'note-in-error', 'cave', 'case-step'));
    CREATE TABLE core.case_head(
      case_uid uuid PRIMARY KEY, patient_id bigint NOT NULL REFERENCES core.patient(id), op_id uuid NOT NULL);
    CREATE TRIGGER case_head_kept BEFORE DELETE ON core.case_head FOR EACH ROW EXECUTE FUNCTION core.refuse_change();
    ALTER TABLE core.case_head ENABLE ROW LEVEL SECURITY;
    ALTER TABLE core.case_head FORCE ROW LEVEL SECURITY;
    CREATE POLICY case_head_in_care ON core.case_head USING \#(inCare("case_head.patient_id"))
      WITH CHECK \#(inCare("case_head.patient_id"));

    ALTER FUNCTION api.push(jsonb) SET SCHEMA core;
    ALTER FUNCTION core.push(jsonb) RENAME TO push_other_kinds;
    CREATE FUNCTION api.push(p_ops jsonb)
      RETURNS TABLE(op_id uuid, result text, reason text) LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = core, pg_temp AS $f$
      #variable_conflict use_column
      DECLARE v_op jsonb; v_id uuid; v_hpr text; v_known text; v_patient bigint; v_case uuid; v_base uuid;
        v_head uuid; v_head_patient bigint; v_result text; v_reason text; v_in_force jsonb;
        v_uuid constant text := '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
      BEGIN
        v_hpr := core.require_user();
        -- One push at a time: numbers then follow commit order, which pull relies on.
        PERFORM pg_advisory_xact_lock(20261128);
        IF jsonb_typeof(p_ops) <> 'array' THEN
          RAISE EXCEPTION 'operations must be a JSON array' USING ERRCODE = '22023';
        END IF;
        -- Care relations among them come first: an application makes the municipality's.
        RETURN QUERY SELECT * FROM core.push_other_kinds(coalesce(
          (SELECT jsonb_agg(t.e ORDER BY t.n) FROM jsonb_array_elements(p_ops) WITH ORDINALITY AS t(e, n)
            WHERE t.e->>'kind' IS DISTINCT FROM 'case-step'), '[]'::jsonb));
        FOR v_op IN SELECT t.e FROM jsonb_array_elements(p_ops) WITH ORDINALITY AS t(e, n)
            WHERE t.e->>'kind' = 'case-step' ORDER BY t.n LOOP
          v_id := (v_op->>'op')::uuid;
          SELECT k.result INTO v_known FROM core.known_ops(ARRAY[v_id]) k;
          IF v_known IS NOT NULL THEN
            op_id := v_id; result := 'duplicate'; reason := v_known; RETURN NEXT; CONTINUE;
          END IF;
          v_result := 'applied'; v_reason := NULL;
          SELECT p.id INTO v_patient FROM core.patient p WHERE p.identifier = v_op->>'patient';
          IF v_patient IS NULL THEN
            v_reason := 'no care relation with this patient';
          ELSIF coalesce(v_op->'payload'->>'case', '') !~ v_uuid
              OR coalesce(v_op->'payload'->>'base', '00000000-0000-0000-0000-000000000000') !~ v_uuid THEN
            v_reason := 'a case step names its case and the step it follows by their ids';
          ELSE
            v_case := (v_op->'payload'->>'case')::uuid;
            v_base := (v_op->'payload'->>'base')::uuid;
            v_head := NULL; v_head_patient := NULL;
            SELECT h.op_id, h.patient_id INTO v_head, v_head_patient FROM core.case_head h WHERE h.case_uid = v_case;
            IF v_head_patient IS NOT NULL AND v_head_patient <> v_patient THEN
              v_reason := 'the case belongs to another patient';
            ELSIF v_head IS DISTINCT FROM v_base THEN
              -- Taken on top of another step than the one in force: kept, never in force.
              SELECT e.payload INTO v_in_force FROM core.clinical_entry e WHERE e.op_id = v_head;
              INSERT INTO core.clinical_entry(op_id, patient_id, kind, payload, pushed_by)
                VALUES (v_id, v_patient, 'case-step', v_op->'payload' || '{"accepted": false}'::jsonb, v_hpr);
              v_result := 'conflict';
              v_reason := 'the case was moved on by ' || coalesce(v_in_force->>'by', '?') || ' at '
                || coalesce(v_in_force->>'at', '?') || ' (' || coalesce(v_in_force->>'step', '?') || ')';
            ELSE
              BEGIN
                INSERT INTO core.clinical_entry(op_id, patient_id, kind, payload, pushed_by)
                  VALUES (v_id, v_patient, 'case-step', v_op->'payload' || '{"accepted": true}'::jsonb, v_hpr);
                INSERT INTO core.case_head(case_uid, patient_id, op_id) VALUES (v_case, v_patient, v_id)
                  ON CONFLICT (case_uid) DO UPDATE SET op_id = excluded.op_id;
              EXCEPTION WHEN insufficient_privilege THEN
                -- The id is that of a case this user cannot see: another patient's.
                v_reason := 'the case belongs to another patient';
              END;
            END IF;
          END IF;
          IF v_reason IS NOT NULL AND v_result = 'applied' THEN v_result := 'rejected'; END IF;
          INSERT INTO core.applied_op(op_id, hpr, kind, result, reason) VALUES (v_id, v_hpr, 'case-step', v_result, v_reason);
          op_id := v_id; result := v_result; reason := v_reason;
          RETURN NEXT;
        END LOOP;
      END $f$;
    RESET ROLE;
    REVOKE ALL ON FUNCTION core.push_other_kinds(jsonb) FROM PUBLIC, ws_client;
    REVOKE ALL ON FUNCTION api.push(jsonb) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION api.push(jsonb) TO ws_client;
    """#
}
