/// Draws the whole screen: status line, the top screen (or help over it), message, footer.
public enum AppView {
  /// Rows between the status line and the message and footer rows.
  public static func contentHeight(_ size: Size) -> Int { size.height - 3 }

  public static func render(_ state: AppState) -> Buffer {
    var buffer = Buffer(size: state.size)
    guard state.size.isUsable else {
      renderTooSmall(state, into: &buffer)
      return buffer
    }
    renderStatusLine(state, into: &buffer)
    if let login = state.login {
      LoginView.render(login, state, into: &buffer, top: 1)
      renderMessage(state, into: &buffer)
      renderFooter(state, into: &buffer)
      return buffer
    }
    switch state.top {
    case .lookup(let lookup): LookupView.render(lookup, state, into: &buffer, top: 1)
    case .chart(let chart): ChartView.render(chart, state, into: &buffer, top: 1)
    case .accessLog(let log): AccessLogView.render(log, state, into: &buffer, top: 1)
    case .conflicts(let list): ConflictListView.render(list, state, into: &buffer, top: 1)
    case .breakGlass(let form): BreakGlassView.render(form, state, into: &buffer, top: 1)
    case .vitals(let form): VitalsFormView.render(form, state, into: &buffer, top: 1)
    case .cave(let form): CaveFormView.render(form, state, into: &buffer, top: 1)
    case .nameForm(let form): NameFormView.render(form, state, into: &buffer, top: 1)
    case .vitalsHistory(let history): VitalsHistoryView.render(history, state, into: &buffer, top: 1)
    case .dose(let form): DoseFormView.render(form, state, into: &buffer, top: 1)
    case .medRec(let medrec): MedRecView.render(medrec, state, into: &buffer, top: 1)
    case .triage(let queue): TriageQueueView.render(queue, state, into: &buffer, top: 1)
    case .census(let census): CensusView.render(census, state, into: &buffer, top: 1)
    case .censusStats(let stats): CensusStatsView.render(stats, state, into: &buffer, top: 1)
    case .triageForm(let form): TriageFormView.render(form, state, into: &buffer, top: 1)
    case .noteEditor(let editor): NoteEditorView.render(editor, state, into: &buffer, top: 1)
    case .notes(let list): NoteListView.render(list, state, into: &buffer, top: 1)
    case .note(let reader): NoteReaderView.render(reader, state, into: &buffer, top: 1)
    case .decisions(let inbox): DecisionInboxView.render(inbox, state, into: &buffer, top: 1)
    case .serviceCase(let c): CaseView.render(c, state, into: &buffer, top: 1)
    case .assessment(let form): AssessmentFormView.render(form, state, into: &buffer, top: 1)
    case .decisionForm(let form): DecisionFormView.render(form, state, into: &buffer, top: 1)
    case .letter(let letter): LetterView.render(letter, state, into: &buffer, top: 1)
    }
    if let help = state.help { HelpView.render(help, state, into: &buffer, top: 1) }
    if state.pickerSelection != nil { ScenarioPickerView.render(state, into: &buffer) }
    if let confirm = state.confirm {
      ConfirmView.render(question: confirm.question, context: confirm.context, state, into: &buffer)
    }
    if let run = state.scenarioRun, let result = run.result {
      let s = run.scenario
      let question = Text.scenarioResult(
        title: s.text(s.title, state.language), keys: result.keystrokes, budget: s.keystrokeBudget,
        seconds: result.seconds,
        keyboard: KeystrokeLevelModel.keyboard(keys: result.keystrokes, mentalSteps: s.mentalSteps),
        mouse: KeystrokeLevelModel.mouse(s.mouse))
      ConfirmView.render(question: question, isNotice: true, state, into: &buffer)
    }
    renderMessage(state, into: &buffer)
    renderFooter(state, into: &buffer)
    return buffer
  }

  /// The message above the footer. One too long for a row takes the rows above it (at most
  /// three, over the screen's last rows), so an error is never cut off before it says what to do.
  private static func renderMessage(_ state: AppState, into buffer: inout Buffer) {
    guard let message = state.message else { return }
    let lines = WordWrap.lines(message.text, width: state.size.width - 2).prefix(3)
    let top = state.size.height - 1 - lines.count
    buffer.fill(Rect(x: 0, y: top, width: state.size.width, height: lines.count), style: .plain)
    for (i, line) in lines.enumerated() {
      buffer.put(line, x: 1, y: top + i, style: message.isError ? .error : .good)
    }
  }

  private static func renderTooSmall(_ state: AppState, into buffer: inout Buffer) {
    let lines = WordWrap.lines(state.text(.tooSmall(width: state.size.width, height: state.size.height)), width: max(1, state.size.width - 2))
    for (i, line) in lines.enumerated() where i < state.size.height {
      buffer.put(line, x: min(1, state.size.width - 1), y: i, style: .error)
    }
  }

  private static func renderStatusLine(_ state: AppState, into buffer: inout Buffer) {
    let width = state.size.width
    buffer.fill(Rect(x: 0, y: 0, width: width, height: 1), style: .statusLine)
    var x = 0
    if state.session.isDemo {
      x = buffer.put(" \(state.text(.demoBanner)) ", x: 0, y: 0, style: .demoBanner) + 1
    }
    var sync = state.text(state.sync.map(Text.syncState) ?? .localOnly)
    if let trainer = state.trainer {
      let counter =
        state.scenarioRun.map {
          Text.scenarioCounter(
            keys: trainer.keystrokes, budget: $0.scenario.keystrokeBudget,
            seconds: trainer.elapsedSeconds)
        } ?? .trainerCounter(keys: trainer.keystrokes, seconds: trainer.elapsedSeconds)
      sync = (state.isRecording ? "● " : "") + state.text(counter) + " · " + sync
    }
    let syncX = width - DisplayWidth.of(sync) - 1
    let c = state.session.clinician
    buffer.put(
      state.text(.userLine(name: c.name, role: c.role, organisation: c.organisation)),
      x: x + 1, y: 0, width: max(0, syncX - x - 2), style: .statusLine)
    buffer.put(sync, x: syncX, y: 0, style: .statusLine)
  }

  /// The most useful keys here, looked up in the effective keymap.
  private static func renderFooter(_ state: AppState, into buffer: inout Buffer) {
    let actions: [Action]
    if state.login != nil {
      actions = [.formSubmit, .formNextField, .appQuit]
    } else if state.confirm != nil || state.pickerSelection != nil || state.scenarioRun?.result != nil {
      actions = [.confirmYes, .confirmNo]
    } else if state.help != nil {
      actions = [.goBack, .listNext, .listPrev, .appQuit]
    } else {
      switch state.top {
      case .lookup: actions = [.lookupOpenChart, .listNext, .appHelp, .goLookup, .appQuit]
      case .chart: actions = [.chartNewNote, .chartNotes, .chartGiveDose, .chartVitals, .goLookup, .appHelp]
      case .vitals, .cave, .nameForm: actions = [.formNextField, .formSubmit, .formCancel, .appHelp]
      case .census(let census) where census.prompt != nil: actions = [.formSubmit, .formCancel]
      case .census: actions = [.censusAdmit, .censusTransfer, .censusDischarge, .censusStats, .lookupOpenChart, .appHelp]
      case .censusStats: actions = [.listNext, .statsNextMunicipality, .goBack, .appHelp]
      case .triage(let queue) where queue.prompt != nil: actions = [.formSubmit, .formNextField, .formCancel]
      case .triage: actions = [.triageNew, .triageSetLevel, .triageNextStatus, .lookupOpenChart, .appHelp]
      case .triageForm: actions = [.formNextField, .formSubmit, .formCancel, .appHelp]
      case .medRec(let medrec) where medrec.prompt != nil: actions = [.formSubmit, .formNextField, .formCancel]
      case .medRec(let medrec) where medrec.rows.isEmpty: actions = [.medrecAddLine, .medrecImport, .goBack, .appHelp]
      case .medRec: actions = [.medrecClassify, .medrecContinue, .medrecChange, .medrecPause, .medrecStop, .medrecSign]
      case .dose(let form) where form.fields.focus == .drug: actions = [.dosePick, .listNext, .formSubmit, .formCancel]
      case .dose: actions = [.formSubmit, .formNextField, .formCancel, .appHelp]
      case .accessLog, .vitalsHistory: actions = [.goBack, .listNext, .goLookup, .appHelp, .appQuit]
      case .conflicts: actions = [.conflictResolve, .listNext, .goBack, .appHelp]
      case .breakGlass: actions = [.formNextField, .formSubmit, .formCancel, .appHelp]
      case .noteEditor(let editor) where editor.codeSearch != nil:
        actions = [.codePick, .listNext, .formCancel, .appHelp]
      case .noteEditor: actions = [.noteSign, .codeSearch, .noteType, .editorUndo, .goBack, .appHelp]
      case .notes: actions = [.notesOpen, .notesFilterType, .goBack, .appHelp]
      case .note(let reader) where reader.errorReason != nil: actions = [.formSubmit, .formCancel]
      case .note: actions = [.noteAddendum, .noteEnteredInError, .listPageDown, .goBack, .appHelp]
      case .decisions(let inbox) where inbox.prompt != nil: actions = [.formSubmit, .formNextField, .formCancel]
      case .decisions: actions = [.decisionOpen, .decisionAssess, .decisionGrant, .decisionRefuse, .decisionNew, .decisionImport, .appHelp]
      case .serviceCase(let c) where c.prompt != nil: actions = [.formSubmit, .formCancel]
      case .serviceCase(let c): actions = CaseView.nextSteps(c.file) + [.lookupOpenChart, .appHelp]
      case .assessment: actions = [.formNextField, .formPrevField, .formSubmit, .formCancel, .appHelp]
      case .decisionForm: actions = [.formNextField, .formSubmit, .formCancel, .appHelp]
      case .letter(let l) where l.printPath != nil: actions = [.formSubmit, .formCancel]
      case .letter: actions = [.letterPrint, .listPageDown, .goBack, .appHelp]
      }
    }
    var x = 0
    let y = state.size.height - 1
    if let pending = state.pendingKeys {
      x += buffer.put(KeyLabel.display(pending) + " …", x: 0, y: y, style: .footerKey) + 2
    }
    for action in actions {
      guard let keys = state.hints.key(for: action, in: state.contexts) else { continue }
      let label = KeyLabel.display(keys)
      // Enter at the login gate logs in or unlocks; elsewhere it saves.
      let name = if let login = state.login, action == .formSubmit {
        state.text(.loginSubmitShort(unlock: login.purpose != .login))
      } else {
        state.text(.actionShort(action))
      }
      guard x + DisplayWidth.of(label) + DisplayWidth.of(name) + 2 <= state.size.width else { break }
      x += buffer.put(label, x: x, y: y, style: .footerKey)
      x += buffer.put(" \(name) ", x: x, y: y) + 1
    }
  }
}
