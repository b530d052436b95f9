/// The few text fields of a question under a list (a reason, a new dose, a file): typing and
/// editing go to the focused one, Tab and Shift+Tab move between them.
public struct PromptFields: Equatable, Sendable {
  public var fields: [TextField]
  public var focus = 0
  /// Fields still holding the value they were opened with: the first character typed replaces
  /// it, as a selected default does ("1" for the first on the waiting list, then "2" means 2).
  private var prefilled: Set<Int>

  public init(_ fields: [TextField]) {
    self.fields = fields
    prefilled = Set(fields.indices.filter { !fields[$0].characters.isEmpty })
  }

  /// Each field's text without surrounding spaces.
  public var texts: [String] { fields.map { $0.text.trimmingCharacters(in: .whitespaces) } }

  /// What an event does to the question: typed into it, closed it, or answered it.
  enum Outcome: Equatable {
    case edited
    case cancelled
    case submitted([String])
    case ignored
  }

  /// Applies the event: text, edits and moves change the fields; cancel and submit end the
  /// question (the caller decides whether the answer is good enough to close it).
  mutating func apply(_ event: Event) -> Outcome {
    if handle(event) { return .edited }
    switch event {
    case .action(.formCancel), .action(.goBack): return .cancelled
    case .action(.formSubmit): return .submitted(texts)
    default: return .ignored
    }
  }

  /// Handles text, field edits and moving between fields; false for anything else.
  private mutating func handle(_ event: Event) -> Bool {
    switch event {
    case .text(let typed):
      if prefilled.remove(focus) != nil { _ = fields[focus].apply(.fieldClear) }
      fields[focus].insert(typed)
    case .action(.formNextField):
      focus = (focus + 1) % fields.count
    case .action(.formPrevField):
      focus = (focus + fields.count - 1) % fields.count
    case .action(let action) where action.editsField:
      prefilled.remove(focus)
      _ = fields[focus].apply(action)
    default:
      return false
    }
    return true
  }
}
