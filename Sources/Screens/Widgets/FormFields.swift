/// The inputs of a form and the focused one: typing, editing, and moving between fields,
/// the same in every form.
public struct FormFields<Field: CaseIterable & RawRepresentable & Hashable & Sendable>: Equatable, Sendable
where Field.RawValue == Int, Field.AllCases == [Field] {
  public var inputs: [Field: TextField]
  public var focus: Field

  public init(capacity: (Field) -> Int) {
    inputs = Dictionary(uniqueKeysWithValues: Field.allCases.map { ($0, TextField(capacity: capacity($0))) })
    focus = Field.allCases[0]
  }

  public func text(_ field: Field) -> String { inputs[field]?.text ?? "" }

  /// Handles text, field edits and form.next/prev-field; false for anything else.
  mutating func handle(_ event: Event) -> Bool {
    let all = Field.allCases
    switch event {
    case .text(let typed):
      inputs[focus]?.insert(typed)
    case .action(let action) where action.editsField:
      _ = inputs[focus]?.apply(action)
    case .action(.formNextField):
      focus = all[(focus.rawValue + 1) % all.count]
    case .action(.formPrevField):
      focus = all[(focus.rawValue + all.count - 1) % all.count]
    default:
      return false
    }
    return true
  }
}
