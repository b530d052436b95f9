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
}
