import Clinical

/// Filtering and moving through the note list; enter reads the selected note.
enum NoteListReducer {
  static func reduce(_ s: inout NoteListState, _ event: Event, _ app: inout AppState) -> [Effect] {
    switch event {
    case .notesLoaded(let patientID, let notes) where patientID == s.patient.id:
      s.list.loaded(notes)
    case .text(let typed):
      s.filter.insert(typed)
      s.list.selection = 0
      return [s.load]
    case .action(let action) where action.editsField:
      _ = s.filter.apply(action)
      s.list.selection = 0
      return [s.load]
    case .action(.notesFilterType):
      let all = NoteType.allCases
      s.type = s.type.map { all.firstIndex(of: $0).map { $0 + 1 < all.count ? all[$0 + 1] : nil } ?? nil } ?? all[0]
      s.list.selection = 0
      return [s.load]
    case .action(.notesOpen):
      guard s.list.items.indices.contains(s.list.selection) else { return [] }
      let note = s.list.items[s.list.selection]
      app.screens.append(.note(NoteReaderState(patient: s.patient, note: note)))
      return [.loadAddenda(patientID: s.patient.id, noteID: note.id)]
    case .action(let action) where action.movesInList:
      if let limit = s.list.move(action, page: NoteListView.visibleRows(app.size)) {
        s.list.limit = limit
        return [s.load]
      }
    default:
      break
    }
    return []
  }
}
