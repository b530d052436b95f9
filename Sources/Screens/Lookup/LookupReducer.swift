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
      let wanted = ListMovement.move(s.selection, count: Int.max, action, page: page)
      s.selection = ListMovement.move(s.selection, count: s.results.count, action, page: page)
      // Past the last fetched row of a longer list: fetch one page more, keep the place.
      guard wanted >= s.results.count - 1, s.hasMore, s.query != .recent else { return [] }
      s.limit += page
      s.generation += 1
      s.pendingSelection = wanted
      return [.search(s.query, generation: s.generation, limit: s.limit)]
    case .searchFinished(let generation, let listings) where generation == s.generation:
      s.results = listings
      s.selection = min(s.pendingSelection ?? 0, max(0, listings.count - 1))
      s.pendingSelection = nil
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
    s.pendingSelection = nil
    s.limit = LookupView.visibleRows(app.size) + 1
    s.query = LookupQuery.parse(
      s.field.text, today: app.today, validator: .inForce(on: app.today))
    if s.query == .recent { return [.loadRecent(limit: s.limit)] }
    return [.search(s.query, generation: s.generation, limit: s.limit)]
  }
}
