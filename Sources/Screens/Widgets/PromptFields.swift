/// The few text fields of a question under a list (a reason, a new dose, a file): typing and
/// editing go to the focused one, Tab and Shift+Tab move between them.
public struct PromptFields: Equatable, Sendable {
  public var fields: [TextField]
  public var focus = 0

  public init(_ fields: [TextField]) { self.fields = fields }

  /// Each field's text without surrounding spaces.
  public var texts: [String] { fields.map { $0.text.trimmingCharacters(in: .whitespaces) } }

  /// Handles text, field edits and moving between fields; false for anything else.
  mutating func handle(_ event: Event) -> Bool {
    switch event {
    case .text(let typed):
      fields[focus].insert(typed)
    case .action(.formNextField):
      focus = (focus + 1) % fields.count
    case .action(.formPrevField):
      focus = (focus + fields.count - 1) % fields.count
    case .action(let action) where action.editsField:
      _ = fields[focus].apply(action)
    default:
      return false
    }
    return true
  }
}
