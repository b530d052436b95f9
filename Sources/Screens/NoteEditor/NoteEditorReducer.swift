import Clinical

/// Typing, moving, coding and signing in the note editor. Each change of the note asks for a
/// draft save; signing asks the store, which checks again.
enum NoteEditorReducer {
  static func reduce(_ s: inout NoteEditorState, _ event: Event, _ app: inout AppState) -> [Effect] {
    if s.codeSearch != nil { return reduceCodeSearch(&s, event, &app) }
    let before = s.draft
    switch event {
    case .text(let typed):
      if !s.editor.insert(typed) {
        app.message = .init(text: app.text(.pasteShortened(NoteDraft.maximumLength)), isError: true)
      }
    case .action(.noteType):
      let all = NoteType.allCases
      s.type = all[((all.firstIndex(of: s.type) ?? 0) + 1) % all.count]
    case .action(.codeSearch):
      s.codeSearch = CodeSearchState()
    case .action(.noteSign):
      if let problem = s.draft.problem {
        app.message = .init(text: app.text(.noteProblem(problem)), isError: true)
        if problem == .needsICPC2 { s.codeSearch = CodeSearchState() }
        return []
      }
      return [.signNote(patientID: s.patient.id, s.draft)]
    case .action(.noteDiscard):
      app.confirm = ConfirmState(question: .confirmDiscardDraft, onYes: .discardDraft(patientID: s.patient.id))
      return []
    case .action(let action):
      _ = s.editor.apply(action, width: NoteEditorView.textWidth(app.size))
    case .draftSaved(let patientID, let at) where patientID == s.patient.id:
      s.savedAt = at
      s.saveFailed = false
      return []
    case .draftFound(let patientID, let draft) where patientID == s.patient.id:
      s.resume(draft)
      app.message = .init(text: app.text(.draftResumed), isError: false)
      return []
    case .draftNotSaved(let patientID, let failure) where patientID == s.patient.id:
      s.saveFailed = true
      app.message = .init(text: app.text(.draftNotSaved(failure)), isError: true)
      return []
    default:
      return []
    }
    return s.draft == before ? [] : [.saveDraft(patientID: s.patient.id, s.draft)]
  }

  private static func reduceCodeSearch(
    _ s: inout NoteEditorState, _ event: Event, _ app: inout AppState
  ) -> [Effect] {
    guard var search = s.codeSearch else { return [] }
    let before = s.draft
    switch event {
    case .text(let typed):
      search.query.insert(typed)
      search.search()
    case .action(.goBack), .action(.formCancel):
      s.codeSearch = nil
      return []
    case .action(.codePick):
      guard search.matches.indices.contains(search.selection) else { return [] }
      let code = search.matches[search.selection]
      if let index = s.codes.firstIndex(of: code) {
        s.codes.remove(at: index)
      } else {
        s.codes.append(code)
      }
      s.codeSearch = nil
      return s.draft == before ? [] : [.saveDraft(patientID: s.patient.id, s.draft)]
    case .action(let action) where action.editsField:
      _ = search.query.apply(action)
      search.search()
    case .action(let action) where action.movesInList:
      search.selection = ListMovement.move(
        search.selection, count: search.matches.count, action, page: NoteEditorView.codeRows(app.size))
    default:
      // Answers to effects (a draft saved) still reach the editor under the search.
      s.codeSearch = nil
      let effects = reduce(&s, event, &app)
      s.codeSearch = search
      return effects
    }
    s.codeSearch = search
    return []
  }
}
