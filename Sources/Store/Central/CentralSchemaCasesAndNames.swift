extension CentralSchema {
  /// Service cases travel as a chain of steps, each naming the step it follows (its base); the
  /// server keeps each case's last step in force. A step whose base is not that step was taken
  /// at the same time as another one: it is kept, answered "conflict", and never in force.
  ///
  /// The patient's name travels field by field the same way: the server keeps each field's last
  /// change, takes the fields of a change that follow it, and answers "conflict" naming the
  /// fields that do not. Both are clinical entries, so pull, record fetch and first sync carry
  /// them already.
  ///
  /// The push of the other kinds is kept as it was, under `core`; `api.push` hands it every
  /// operation but these, then takes these in the order sent.
  static let v14 = #"""
    SET LOCAL ROLE ws_owner;
    \#(entryKinds(["note", "note-in-error", "cave", "case-step", "demographics"]))
    CREATE TABLE core.case_head(
      case_uid uuid PRIMARY KEY, patient_id bigint NOT NULL REFERENCES core.patient(id), op_id uuid NOT NULL);
    CREATE TRIGGER case_head_kept BEFORE DELETE ON core.case_head FOR EACH ROW EXECUTE FUNCTION core.refuse_change();
    ALTER TABLE core.case_head ENABLE ROW LEVEL SECURITY;
    ALTER TABLE core.case_head FORCE ROW LEVEL SECURITY;
    CREATE POLICY case_head_in_care ON core.case_head USING \#(inCare("case_head.patient_id"))
      WITH CHECK \#(inCare("case_head.patient_id"));
    CREATE TABLE core.demographic_head(
      patient_id bigint NOT NULL REFERENCES core.patient(id), field text NOT NULL CHECK (field IN ('given', 'middle', 'family')),
      op_id uuid NOT NULL, value text, PRIMARY KEY (patient_id, field));
    CREATE TRIGGER demographic_head_kept BEFORE DELETE ON core.demographic_head FOR EACH ROW EXECUTE FUNCTION core.refuse_change();
    ALTER TABLE core.demographic_head ENABLE ROW LEVEL SECURITY;
    ALTER TABLE core.demographic_head FORCE ROW LEVEL SECURITY;
    CREATE POLICY demographic_head_in_care ON core.demographic_head USING \#(inCare("demographic_head.patient_id"))
      WITH CHECK \#(inCare("demographic_head.patient_id"));

    ALTER FUNCTION api.push(jsonb) SET SCHEMA core;
    ALTER FUNCTION core.push(jsonb) RENAME TO push_other_kinds;
    \#(casesAndNamesPush(create: "CREATE FUNCTION api.push", fields: .names))
    RESET ROLE;
    REVOKE ALL ON FUNCTION core.push_other_kinds(jsonb) FROM PUBLIC, ws_client;
    REVOKE ALL ON FUNCTION api.push(jsonb) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION api.push(jsonb) TO ws_client;
    """#

  /// The push of case steps and name changes (migration 14), made for the demographic fields
  /// that travel: which fields a change may name, what value each may have, and how a field
  /// taken writes the patient's row.
  static func casesAndNamesPush(create: String, fields: DemographicFieldsSQL) -> String {
    #"""
    \#(create)(p_ops jsonb)
      RETURNS TABLE(op_id uuid, result text, reason text) LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = core, pg_temp AS $f$
      #variable_conflict use_column
      DECLARE v_op jsonb; v_id uuid; v_hpr text; v_known text; v_patient bigint; v_case uuid; v_base uuid;
        v_head uuid; v_head_patient bigint; v_result text; v_reason text; v_in_force jsonb; v_kind text;
        v_fields jsonb; v_field text; v_change jsonb; v_accepted jsonb; v_conflicting text;
        v_uuid constant text := \#(uuidPattern);
      BEGIN
        v_hpr := core.require_user();
        -- One push at a time: numbers then follow commit order, which pull relies on.
        PERFORM pg_advisory_xact_lock(20261128);
        IF jsonb_typeof(p_ops) <> 'array' THEN
          RAISE EXCEPTION 'operations must be a JSON array' USING ERRCODE = '22023';
        END IF;
        -- Care relations among them come first: an application makes the municipality's; a
        -- patient registered by a visit may be named in the same batch.
        RETURN QUERY SELECT * FROM core.push_other_kinds(coalesce(
          (SELECT jsonb_agg(t.e ORDER BY t.n) FROM jsonb_array_elements(p_ops) WITH ORDINALITY AS t(e, n)
            WHERE coalesce(t.e->>'kind', '') NOT IN ('case-step', 'demographics')), '[]'::jsonb));
        FOR v_op IN SELECT t.e FROM jsonb_array_elements(p_ops) WITH ORDINALITY AS t(e, n)
            WHERE t.e->>'kind' IN ('case-step', 'demographics') ORDER BY t.n LOOP
          v_id := (v_op->>'op')::uuid;
          v_kind := v_op->>'kind';
          SELECT k.result INTO v_known FROM core.known_ops(ARRAY[v_id]) k;
          IF v_known IS NOT NULL THEN
            op_id := v_id; result := 'duplicate'; reason := v_known; RETURN NEXT; CONTINUE;
          END IF;
          v_result := 'applied'; v_reason := NULL;
          SELECT p.id INTO v_patient FROM core.patient p WHERE p.identifier = v_op->>'patient';
          IF v_patient IS NULL THEN
            v_reason := 'no care relation with this patient';
          ELSIF v_kind = 'demographics' THEN
            v_fields := v_op->'payload'->'fields';
            IF jsonb_typeof(v_fields) IS DISTINCT FROM 'object' OR v_fields = '{}'::jsonb
                OR EXISTS (SELECT 1 FROM jsonb_object_keys(v_fields) k WHERE k NOT IN (\#(fields.sqlList))) THEN
              v_reason := '\#(fields.unknownFieldReason)';
            ELSIF EXISTS (SELECT 1 FROM jsonb_each(v_fields) f WHERE jsonb_typeof(f.value) IS DISTINCT FROM 'object'
                OR coalesce(f.value->>'base', '00000000-0000-0000-0000-000000000000') !~ v_uuid
                OR \#(fields.badValue)) THEN
              v_reason := '\#(fields.badValueReason)';
            ELSE
              v_accepted := '[]'::jsonb; v_conflicting := NULL;
              FOR v_field, v_change IN SELECT f.key, f.value FROM jsonb_each(v_fields) f ORDER BY f.key LOOP
                v_head := NULL;
                SELECT h.op_id INTO v_head FROM core.demographic_head h WHERE h.patient_id = v_patient AND h.field = v_field;
                IF v_head IS DISTINCT FROM (v_change->>'base')::uuid THEN
                  v_conflicting := concat_ws(', ', v_conflicting, v_field);
                ELSE
                  INSERT INTO core.demographic_head(patient_id, field, op_id, value) VALUES (v_patient, v_field, v_id, v_change->>'to')
                    ON CONFLICT (patient_id, field) DO UPDATE SET op_id = excluded.op_id, value = excluded.value;
    \#(fields.patientUpdates)
                  v_accepted := v_accepted || to_jsonb(v_field);
                END IF;
              END LOOP;
              INSERT INTO core.clinical_entry(op_id, patient_id, kind, payload, pushed_by)
                VALUES (v_id, v_patient, 'demographics', v_op->'payload' || jsonb_build_object('accepted', v_accepted), v_hpr);
              IF v_conflicting IS NOT NULL THEN
                v_result := 'conflict'; v_reason := 'changed elsewhere first: ' || v_conflicting;
              END IF;
            END IF;
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
          INSERT INTO core.applied_op(op_id, hpr, kind, result, reason) VALUES (v_id, v_hpr, v_kind, v_result, v_reason);
          op_id := v_id; result := v_result; reason := v_reason;
          RETURN NEXT;
        END LOOP;
      END $f$;
    """#
  }
}
