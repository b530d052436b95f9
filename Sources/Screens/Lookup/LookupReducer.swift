import Clinical

/// Keystrokes in the patient prompt: every edit searches again, arrows move, Enter opens.
enum LookupReducer {
  static func reduce(_ s: inout LookupState, _ event: Event, _ app: inout AppState) -> [Effect] {
    switch event {
    case .text(let typed):
      if !s.field.insert(typed) {
        app.message = .init(text: app.text(.pasteShortened(s.field.capacity)), isError: true)
      }
      return search(&s, app)
    case .action(let action) where action.editsField:
      _ = s.field.apply(action)
      return search(&s, app)
    case .action(.goBack) where !s.field.text.isEmpty:
      _ = s.field.apply(.fieldClear)
      return search(&s, app)
    case .action(.lookupOpenChart):
      guard let patient = s.selected else {
        app.message = .init(text: app.text(.disabledNoSelection), isError: true)
        return []
      }
      return [.openChart(patientID: patient.id)]
    case .action(let action):
      s.selection = ListMovement.move(
        s.selection, count: s.results.count, action, page: LookupView.visibleRows(app.size))
      return []
    case .searchFinished(let generation, let listings) where generation == s.generation:
      s.results = listings
      s.selection = 0
      s.shownGeneration = generation
      return []
    case .recentLoaded(let listings) where s.query == .recent:
      s.results = listings
      s.selection = 0
      s.shownGeneration = s.generation
      return []
    default:
      return []
    }
  }

  /// Reads the prompt as a query and asks for its matches.
  static func search(_ s: inout LookupState, _ app: AppState) -> [Effect] {
    s.generation += 1
    s.query = LookupQuery.parse(
      s.field.text, today: app.today, validator: .inForce(on: app.today))
    if s.query == .recent { return [.loadRecent] }
    return [.search(s.query, generation: s.generation)]
  }
}
