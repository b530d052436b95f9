/// Every command a key can be bound to. The raw values are the keymap names and a contract:
/// acceptance tests press keys by these names through Keymaps/default.keymap.
public enum Action: String, CaseIterable, Sendable {
  case appQuit = "app.quit"
  case appHelp = "app.help"
  case goLookup = "go.lookup"
  case goBack = "go.back"
  case listNext = "list.next"
  case listPrev = "list.prev"
  case listPageDown = "list.page-down"
  case listPageUp = "list.page-up"
  case listFirst = "list.first"
  case listLast = "list.last"
  case lookupOpenChart = "lookup.open-chart"
  case chartAccessLog = "chart.access-log"
  case chartVitals = "chart.vitals"
  case chartVitalsHistory = "chart.vitals-history"
  case chartCave = "chart.cave"
  case chartGiveDose = "chart.give-dose"
  case dosePick = "dose.pick"
  case chartNewNote = "chart.new-note"
  case chartNotes = "chart.notes"
  case noteSign = "note.sign"
  case noteAddendum = "note.addendum"
  case noteEnteredInError = "note.entered-in-error"
  case noteType = "note.type"
  case noteDiscard = "note.discard"
  case codeSearch = "code.search"
  case codePick = "code.pick"
  case notesOpen = "notes.open"
  case notesFilterType = "notes.filter-type"
  case editorNewline = "editor.newline"
  case editorLineUp = "editor.line-up"
  case editorLineDown = "editor.line-down"
  case editorWordLeft = "editor.word-left"
  case editorWordRight = "editor.word-right"
  case editorUndo = "editor.undo"
  case editorRedo = "editor.redo"
  case formNextField = "form.next-field"
  case formPrevField = "form.prev-field"
  case formSubmit = "form.submit"
  case formCancel = "form.cancel"
  case fieldDeleteBackward = "field.delete-backward"
  case fieldDeleteForward = "field.delete-forward"
  case fieldDeleteWord = "field.delete-word"
  case fieldClear = "field.clear"
  case fieldLeft = "field.left"
  case fieldRight = "field.right"
  case fieldHome = "field.home"
  case fieldEnd = "field.end"
  case confirmYes = "confirm.yes"
  case confirmNo = "confirm.no"
  case trainerReset = "trainer.reset"
  case trainerScenarios = "trainer.scenarios"
  case trainerRecord = "trainer.record"
}

extension Action {
  /// The actions that edit the focused text field.
  public var editsField: Bool { rawValue.hasPrefix("field.") }

  /// The actions that move a selection or scroll position.
  public var movesInList: Bool { rawValue.hasPrefix("list.") }
}
