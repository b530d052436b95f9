import Clinical

/// Scrolling a note, starting an addendum, and marking it entered in error.
enum NoteReaderReducer {
  static func reduce(_ s: inout NoteReaderState, _ event: Event, _ app: inout AppState) -> [Effect] {
    if var reason = s.errorReason {
      switch reason.apply(event) {
      case .edited:
        s.errorReason = reason
      case .cancelled:
        s.errorReason = nil
      case .submitted(let texts):
        guard let text = texts.first, !text.isEmpty else {
          app.message = .init(text: app.text(.enteredInErrorNeedsReason), isError: true)
          return []
        }
        s.errorReason = nil
        return [.markEnteredInError(patientID: s.patient.id, noteID: s.note.id, reason: text)]
      case .ignored:
        break
      }
      return []
    }
    switch event {
    case .addendaLoaded(let noteID, let addenda) where noteID == s.note.id:
      s.addenda = addenda
    case .action(.noteAddendum):
      guard s.note.enteredInError == nil else {
        app.message = .init(text: app.text(.noAddendumToErroneous), isError: true)
        return []
      }
      app.screens.append(.noteEditor(NoteEditorState(patient: s.patient, type: s.note.type, original: s.note)))
      return [.openDraft(patientID: s.patient.id)]
    case .action(.noteEnteredInError):
      guard s.note.enteredInError == nil else {
        app.message = .init(text: app.text(.alreadyEnteredInError), isError: true)
        return []
      }
      s.errorReason = PromptFields([TextField(capacity: 200)])
    case .action(let action) where action.movesInList:
      let count = NoteReaderView.lines(s, app).count
      let rows = NoteReaderView.textRows(s, app)
      s.scroll = ListMovement.move(s.scroll, count: max(1, count - rows + 1), action, page: rows)
    default:
      break
    }
    return []
  }
}
