extension CentralSchema {
  /// A re-triage names the settings of the level its maker held (`seen`, their operations), so
  /// that every workstation finds the same two levels set at once, neither knowing the other
  /// (see `TriageSync`). The server refuses a list that is not one of operation ids, rather than
  /// let each workstation guess; the check of the rest of the change is kept as it landed.
  static let v21 = #"""
    SET LOCAL ROLE ws_owner;
    ALTER FUNCTION core.record_triage(uuid, text, jsonb, text) RENAME TO record_visit_change;
    CREATE FUNCTION core.record_triage(p_op uuid, p_identifier text, p_payload jsonb, p_hpr text) RETURNS text
      LANGUAGE plpgsql SET search_path = core, pg_temp AS $f$
      BEGIN
        IF p_payload ? 'seen' AND (jsonb_typeof(p_payload->'seen') <> 'array' OR EXISTS (
            SELECT 1 FROM jsonb_array_elements(p_payload->'seen') s
            WHERE jsonb_typeof(s) <> 'string' OR (s #>> '{}') !~ \#(uuidPattern))) THEN
          RETURN 'a re-triage names the settings of the level it was made knowing, by their operations';
        END IF;
        RETURN core.record_visit_change(p_op, p_identifier, p_payload, p_hpr);
      END $f$;
    RESET ROLE;
    REVOKE ALL ON FUNCTION core.record_triage(uuid, text, jsonb, text) FROM PUBLIC;
    """#
}
