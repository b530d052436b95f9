extension CentralSchema {
  /// The kinds of entry the record keeps, as its check names them: each version that adds a
  /// kind replaces the check with the list grown by it.
  static func entryKinds(_ kinds: [String]) -> String {
    """
    ALTER TABLE core.clinical_entry DROP CONSTRAINT clinical_entry_kind_check;
    ALTER TABLE core.clinical_entry ADD CONSTRAINT clinical_entry_kind_check
      CHECK (kind IN (\(kinds.map { "'\($0)'" }.joined(separator: ", "))));
    """
  }

  /// A client-made id (a case's, a visit's, a stay's) as the server checks it.
  static let uuidPattern = "'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'"

  /// The opening of the function that checks one change of a thing the record follows (a
  /// visit, a stay): its id, named in the payload by `id`, and which change it is.
  static func changeCheck(
    _ function: String, id: String, noId: String, changes: [String], unknownChange: String, create: String = "CREATE"
  ) -> String {
    """
    \(create) FUNCTION core.\(function)(p_op uuid, p_identifier text, p_payload jsonb, p_hpr text) RETURNS text
      LANGUAGE plpgsql SET search_path = core, pg_temp AS $f$
      DECLARE v_patient bigint; v_change text := p_payload->>'change';
      BEGIN
        IF coalesce(p_payload->>'\(id)', '') !~ \(uuidPattern) THEN
          RETURN '\(noId)';
        END IF;
        IF v_change IS NULL OR v_change NOT IN (\(changes.map { "'\($0)'" }.joined(separator: ", "))) THEN
          RETURN '\(unknownChange)';
        END IF;
    """
  }
}
