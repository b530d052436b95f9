import Clinical

/// Looking up ICPC-2 codes by typing the code or words of its title; enter adds the selected
/// code to the note, or takes it off again when the note has it already.
public struct CodeSearchState: Equatable, Sendable {
  public var query = TextField(capacity: 60)
  public var matches: [DiagnosisCode] = []
  public var selection = 0

  static let limit = 200

  mutating func search() {
    matches = CodeList.icpc2.search(query.text, limit: Self.limit)
    selection = 0
  }
}
