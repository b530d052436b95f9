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
    case .action(let action) where action.movesInList:
      let page = LookupView.visibleRows(app.size)
      // Recent patients are one short list; only searches page.
      guard s.query != .recent else {
        s.list.selection = ListMovement.move(s.selection, count: s.results.count, action, page: page)
        return []
      }
      guard let limit = s.list.move(action, page: page) else { return [] }
      s.generation += 1
      return [.search(s.query, generation: s.generation, limit: limit)]
    case .searchFinished(let generation, let listings) where generation == s.generation:
      s.list.loaded(listings)
      s.shownGeneration = generation
      return []
    case .recentLoaded(let listings) where s.query == .recent:
      s.list.loaded(listings)
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
    let rows = LookupView.visibleRows(app.size)
    if s.query == .recent {
      s.list = PagedList(limit: 0)
      return [.loadRecent(limit: rows)]
    }
    // A new query starts at the top with a screenful plus one.
    s.list = PagedList(limit: rows + 1)
    return [.search(s.query, generation: s.generation, limit: rows + 1)]
  }
}
