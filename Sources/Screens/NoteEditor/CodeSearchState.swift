import Clinical

/// Looking up codes by typing the code or words of its title, ICPC-2 first and then ICD-10 (for
/// the specialist's diagnosis); enter adds the selected code to the note, or takes it off again
/// when the note has it already.
public struct CodeSearchState: Equatable, Sendable {
  public var query = TextField(capacity: 60)
  public var matches: [DiagnosisCode] = []
  public var selection = 0

  static let limit = 200

  mutating func search() {
    let icpc2 = CodeList.icpc2.search(query.text, limit: Self.limit)
    matches = icpc2 + CodeList.icd10.search(query.text, limit: Self.limit - icpc2.count)
    selection = 0
  }
}
