extension CentralSchema {
  /// The push reads its batch once. Measured on 2,000 vital-sign operations, the JSON cost more
  /// than the measurements' insert: parsing the batch as `jsonb` took about 5 µs an operation and
  /// every later pass over it took more, while one pass of `json_to_recordset` over plain `json`
  /// takes about 3 µs. The batch is now taken as `json`, split once into a temporary table, and
  /// each kind read from there.
  ///
  /// A measurement needs no row of its own in `applied_op`: its own row, unique by operation id,
  /// already says it was applied, so the insert skips a second write and the lookup before it
  /// (`ON CONFLICT DO NOTHING` answers a duplicate). Who pushed it is kept on the measurement.
  /// Refusals are still written to `applied_op`, so a refused operation sent again is answered
  /// with its first answer; a measurement the user can no longer see (the relation ended) is
  /// still answered "duplicate", found past row-level security.
  ///
  /// The push of the other kinds is kept as migration 14 left it, under `core`.
  static let v16 = #"""
    SET LOCAL ROLE ws_owner;
    ALTER TABLE core.vital_signs ADD COLUMN pushed_by text;
    RESET ROLE;
    GRANT SELECT (op_id) ON core.vital_signs TO ws_lookup;
    CREATE FUNCTION core.first_answer(p_op uuid) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = core, pg_temp AS $f$
      SELECT coalesce((SELECT a.result FROM core.applied_op a WHERE a.op_id = p_op),
        (SELECT 'applied' FROM core.vital_signs v WHERE v.op_id = p_op)) $f$;
    ALTER FUNCTION core.first_answer(uuid) OWNER TO ws_lookup;
    REVOKE ALL ON FUNCTION core.first_answer(uuid) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION core.first_answer(uuid) TO ws_owner;
    SET LOCAL ROLE ws_owner;
    ALTER FUNCTION api.push(jsonb) SET SCHEMA core;
    ALTER FUNCTION core.push(jsonb) RENAME TO push_records;
    REVOKE ALL ON FUNCTION core.push_records(jsonb) FROM PUBLIC, ws_client;
    \#(pushFunction(create: "CREATE", alsoFirst: "", alsoOwnKinds: [], alsoLast: ""))
    RESET ROLE;
    REVOKE ALL ON FUNCTION api.push(json) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION api.push(json) TO ws_client;
    """#

  /// Push: the batch split once; care relations, then measurements all at once, then every other
  /// kind in the order sent. `alsoFirst` runs before the care relations, `alsoLast` after the
  /// rest (each starting on a new line); `alsoOwnKinds` are kinds it handles, not the loop.
  static func pushFunction(create: String, alsoFirst: String, alsoOwnKinds: [String], alsoLast: String) -> String {
    let own = alsoOwnKinds.map { " AND s.kind IS DISTINCT FROM '\($0)'" }.joined()
    return """
    \(create) FUNCTION api.push(p_ops json)
      RETURNS TABLE(op_id uuid, result text, reason text) LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = core, pg_temp AS $f$
      #variable_conflict use_column
      DECLARE v_hpr text; v_records jsonb;
      BEGIN
        v_hpr := core.require_user();
        -- One push at a time: numbers then follow commit order, which pull relies on.
        PERFORM pg_advisory_xact_lock(20261128);
        IF json_typeof(p_ops) IS DISTINCT FROM 'array' THEN
          RAISE EXCEPTION 'operations must be a JSON array' USING ERRCODE = '22023';
        END IF;
        CREATE TEMP TABLE IF NOT EXISTS push_sent(n bigint, op uuid, kind text, patient text, payload jsonb) ON COMMIT DELETE ROWS;
        TRUNCATE push_sent;
        INSERT INTO push_sent SELECT t.n, t.op, t.kind, t.patient, t.payload
          FROM ROWS FROM (json_to_recordset(p_ops) AS (op uuid, kind text, patient text, payload jsonb))
            WITH ORDINALITY AS t(op, kind, patient, payload, n);\(alsoFirst)
        -- Care relations first: a walk-in registered by a visit is measured in the same batch.
        SELECT jsonb_agg(jsonb_build_object('op', s.op, 'kind', s.kind, 'patient', s.patient, 'payload', s.payload) ORDER BY s.n)
          INTO v_records FROM push_sent s WHERE s.kind = 'care-relation';
        IF v_records IS NOT NULL THEN
          RETURN QUERY SELECT * FROM core.push_records(v_records);
        END IF;
        RETURN QUERY
          WITH resolved AS (
              SELECT s.n, s.op, s.payload, p.id AS patient_id, CASE WHEN p.id IS NULL THEN core.first_answer(s.op) END AS known
              FROM push_sent s LEFT JOIN core.patient p ON p.identifier = s.patient WHERE s.kind = 'vitals'),
            stored AS (
              INSERT INTO core.vital_signs(op_id, patient_id, taken_at, recorded_by, vitals, pushed_by)
              SELECT r.op, r.patient_id, (r.payload->>'takenAt')::timestamptz, r.payload->>'recordedBy', r.payload->'vitals', v_hpr
              FROM resolved r WHERE r.patient_id IS NOT NULL ORDER BY r.n
              ON CONFLICT (op_id) DO NOTHING RETURNING vital_signs.op_id),
            refused AS (
              INSERT INTO core.applied_op(op_id, hpr, kind, result, reason)
              SELECT r.op, v_hpr, 'vitals', 'rejected', 'no care relation with this patient' FROM resolved r
              WHERE r.patient_id IS NULL AND r.known IS NULL
              ON CONFLICT (op_id) DO NOTHING RETURNING applied_op.op_id)
          SELECT r.op,
            CASE WHEN st.op_id IS NOT NULL THEN 'applied' WHEN rf.op_id IS NOT NULL THEN 'rejected' ELSE 'duplicate' END,
            CASE WHEN st.op_id IS NOT NULL THEN NULL WHEN rf.op_id IS NOT NULL THEN 'no care relation with this patient'
              ELSE coalesce(r.known, CASE WHEN r.patient_id IS NULL THEN 'rejected' ELSE 'applied' END) END
          FROM resolved r LEFT JOIN stored st ON st.op_id = r.op LEFT JOIN refused rf ON rf.op_id = r.op;
        -- Every other kind, in the order sent: they refer to each other.
        SELECT jsonb_agg(jsonb_build_object('op', s.op, 'kind', s.kind, 'patient', s.patient, 'payload', s.payload) ORDER BY s.n)
          INTO v_records FROM push_sent s WHERE s.kind IS DISTINCT FROM 'care-relation' AND s.kind IS DISTINCT FROM 'vitals'\(own);
        IF v_records IS NOT NULL THEN
          RETURN QUERY SELECT * FROM core.push_records(v_records);
        END IF;\(alsoLast)
      END $f$;
    """
  }
}
