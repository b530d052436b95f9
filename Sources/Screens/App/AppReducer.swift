import Clinical

/// The one entry point of the pure core: state + event → state + effects.
public enum AppReducer {
  public static func reduce(_ state: inout AppState, _ event: Event) -> [Effect] {
    if case .action = event { state.message = nil }
    if case .text = event { state.message = nil }
    switch event {
    case .resized(let size):
      state.size = size
      return []
    case .pendingKeys(let keys):
      state.pendingKeys = keys
      return []
    case .keystroke:
      state.trainer?.keystrokes += 1
      return []
    case .tick(let now):
      state.trainer?.now = now
      if case .triage(var queue) = state.top {
        _ = TriageReducer.reduceQueue(&queue, .tick(now), &state)
        state.screens[state.screens.count - 1] = .triage(queue)
      }
      return []
    case .syncStatusChanged(let status):
      let arrived = status.arrived > (state.sync?.arrived ?? 0)
      let conflictsChanged = status.conflicts != state.sync?.conflicts
      state.sync = status
      // The conflicts list, an open case, the inbox, the legevakt's queue and the census follow
      // what sync found (not under an open question: its bed must not move away).
      switch state.top {
      case .conflicts where conflictsChanged || arrived: return [.loadConflicts(limit: ConflictListState.limit)]
      case .serviceCase(let open) where arrived && open.prompt == nil: return [.loadCase(open.caseID)]
      // A name the server sent for an application's patient kept by number, a case moved on by
      // another case officer, a service started by a home's admission.
      case .decisions(let inbox) where arrived && inbox.prompt == nil:
        return [.loadInbox(offset: inbox.offset, limit: DecisionInboxState.pageSize)]
      // A walk-in registered or moved at another terminal of the legevakt, or a level in dispute
      // (found when the change made here comes back, which changes nothing else).
      case .triage where arrived || conflictsChanged: return [.loadTriageQueue]
      // A note by another workstation puts its chart at the top of the opening list.
      case .lookup(let lookup) where arrived && lookup.query == .recent:
        return [.loadRecent(limit: LookupView.visibleRows(state.size))]
      // An admission, a transfer or a discharge at another workstation of the home.
      case .census(let census) where (arrived || conflictsChanged) && census.prompt == nil: return [.loadCensus]
      default: break
      }
      // What arrived may be this patient's: the open chart is read again (not a new opening).
      for screen in state.screens.reversed() where arrived {
        if case .chart(let open) = screen { return [.refreshChart(patientID: open.summary.listing.id)] }
      }
      return []
    case .chartRefreshed(let summary):
      updateChart(summary, &state)
      return []
    case .chartClosed(let patientID, let failure):
      // The lookup under it stays: a chart is never the first screen.
      if let index = state.screens.firstIndex(where: { if case .chart(let c) = $0 { c.summary.listing.id == patientID } else { false } }),
        index > 0
      {
        state.screens.removeSubrange(index...)
      }
      state.message = .init(text: state.text(.failure(failure)), isError: true)
      // The lookup under it is asked again: the record may have left the workstation.
      guard case .lookup(var lookup) = state.top else { return [] }
      let effects = LookupReducer.search(&lookup, state)
      state.screens[state.screens.count - 1] = .lookup(lookup)
      return effects
    case .storeFilled:
      state.session.storeIsEmpty = false
      return []
    case .failed(let failure):
      state.message = .init(text: state.text(.failure(failure)), isError: true)
      return []
    case .action(.appQuit):
      state.isQuitting = true
      return [.quit]
    default:
      break
    }
    // Below 80x24 nothing is visible, so nothing but quitting may happen.
    guard state.size.isUsable else { return [] }
    if let login = state.login {
      switch event {
      case .action, .text, .loggedIn, .unlocked, .loginRefused: return LoginReducer.reduce(login, event, &state)
      default: break
      }
    } else if case .action(.appLock) = event {
      LoginReducer.lock(&state)
      return []
    }
    if let confirm = state.confirm, case .action(let action) = event {
      return answer(confirm, action, &state)
    }
    if case .action(let action) = event, let effects = TrainerReducer.reduce(action, &state) {
      return effects
    }
    switch event {
    case .scenarioGoalMet(let at):
      TrainerReducer.goalMet(at: at, &state)
      return []
    case .recordingSaved(let path):
      state.message = .init(text: state.text(.recordingSaved(path)), isError: false)
      return []
    case .demoReset(let at):
      state.help = nil
      state.trainer?.restart(at: at)
      state.scenarioRun = state.pendingScenario.map { ScenarioRun(scenario: $0, startedAt: at) }
      state.pendingScenario = nil
      state.screens = [.lookup(LookupState())]
      state.message = .init(text: state.text(.demoWasReset), isError: false)
      return [.loadRecent(limit: LookupView.visibleRows(state.size))]
    case .action(.appHelp):
      state.help = state.help == nil ? HelpState(contexts: state.top.contexts) : nil
      return []
    case .action(.goLookup):
      state.help = nil
      // A new task starts at the prompt, except inside a scenario, which counts from its start.
      if state.scenarioRun == nil, let now = state.trainer?.now { state.trainer?.restart(at: now) }
      state.screens = [.lookup(LookupState())]
      return [.loadRecent(limit: LookupView.visibleRows(state.size))]
    case .vitalsSaved(let summary):
      returnToChart(summary, saying: .vitalsSaved, &state)
      return []
    case .caveRegistered(let summary):
      returnToChart(summary, saying: .caveSaved, &state)
      return []
    case .caveReconciled(let summary):
      updateChart(summary, &state)
      state.message = .init(text: state.text(.caveReconciled), isError: false)
      return []
    case .particularsLoaded(let patient, let particulars, let others):
      let sexShown = particulars.sex == .unknown ? "" : state.text(.sexLabel(particulars.sex))
      state.screens.append(.nameForm(NameFormState(patient: patient, particulars: particulars, sexShown: sexShown, others: others)))
      return []
    case .particularsSaved(let summary):
      if case .nameForm = state.top { state.screens.removeLast() }
      updateChart(summary, &state)
      state.message = .init(text: state.text(.renamed), isError: false)
      return []
    case .action(.goCensus):
      state.help = nil
      state.screens = [.lookup(LookupState()), .census(CensusState())]
      return [.loadCensus]
    case .action(.appBreakGlass):
      state.help = nil
      guard state.sync != nil else {
        state.message = .init(text: state.text(.breakGlassProblem(.noCentral)), isError: true)
        return []
      }
      var number: String?
      if case .lookup(let lookup) = state.top, case .identifier(let e) = lookup.query, e.isValid {
        number = lookup.field.text.filter(\.isNumber)
      }
      state.screens.append(.breakGlass(BreakGlassState(number: number)))
      return []
    case .breakGlassGranted(let summary, let until):
      if case .breakGlass = state.top { state.screens.removeLast() }
      state.screens.append(.chart(ChartState(summary: summary)))
      state.message = .init(text: state.text(.breakGlassGranted(until: ClockText.dateTime(until))), isError: false)
      return []
    case .accessRunsOut(let basis, let at):
      state.message = .init(text: state.text(.accessRunsOut(basis, at: ClockText.dateTime(at))), isError: false)
      return []
    case .action(.goConflicts):
      state.help = nil
      state.screens = [.lookup(LookupState()), .conflicts(ConflictListState())]
      return [.loadConflicts(limit: ConflictListState.limit)]
    case .action(.goDecisions):
      state.help = nil
      state.screens = [.lookup(LookupState()), .decisions(DecisionInboxState())]
      return [.loadInbox(offset: 0, limit: DecisionInboxState.pageSize)]
    case .inboxLoaded, .applicationsRegistered, .applicationImportRefused, .caseLoaded, .caseUpdated, .letterPrinted:
      return DecisionEvents.reduce(event, &state)
    case .action(.goTriage):
      state.help = nil
      state.screens = [.lookup(LookupState()), .triage(TriageQueueState())]
      return [.loadTriageQueue]
    case .walkInRegistered(let visits, let now):
      if case .triageForm = state.top { state.screens.removeLast() }
      if case .triage(var queue) = state.top {
        _ = TriageReducer.reduceQueue(&queue, .triageQueueLoaded(visits, now: now), &state)
        state.screens[state.screens.count - 1] = .triage(queue)
      }
      state.message = .init(text: state.text(.walkInRegistered), isError: false)
      return []
    case .medicationListSigned(let summary):
      if case .medRec = state.top { state.screens.removeLast() }
      updateChart(summary, &state)
      state.message = .init(text: state.text(.medicationListSigned), isError: false)
      return []
    case .medicationSourceImported(let patientID, let lines):
      state.message = .init(text: state.text(.medicationImported(lines: lines)), isError: false)
      return [.loadMedRec(patientID: patientID)]
    case .medicationImportRefused(let report):
      state.message = .init(text: state.text(.medicationImportRefused(report)), isError: true)
      return []
    case .medicationAlertConfirmed(let patientID, let atc):
      if case .medRec(var medrec) = state.top, medrec.patient.id == patientID,
        let index = medrec.rows.firstIndex(where: { $0.atc == atc })
      {
        medrec.selection = index
        medrec.prompt = MedRecPrompt(kind: .override, atc: atc)
        state.screens[state.screens.count - 1] = .medRec(medrec)
      }
      return []
    case .doseGiven(let summary, let dose):
      returnToChart(summary, saying: .doseRecorded(medication: dose.medication, dose: dose.dose, at: ClockText.time(dose.givenAt)), &state)
      return []
    case .noteSigned(let summary):
      if case .noteEditor = state.top { state.screens.removeLast() }
      updateChart(summary, &state)
      state.message = .init(text: state.text(.noteSigned), isError: false)
      if case .note(let reader) = state.top {
        return [.loadAddenda(patientID: reader.patient.id, noteID: reader.note.id)]
      }
      return []
    case .draftDiscarded(let patientID):
      if case .noteEditor(let editor) = state.top, editor.patient.id == patientID {
        state.screens.removeLast()
      }
      state.message = .init(text: state.text(.draftDiscarded), isError: false)
      return []
    case .noteMarkedInError(let noteID, let mark, let summary):
      updateChart(summary, &state)
      for index in state.screens.indices {
        switch state.screens[index] {
        case .note(var reader) where reader.note.id == noteID:
          reader.note = reader.note.markedInError(mark)
          state.screens[index] = .note(reader)
        case .notes(var list):
          list.list.items = list.list.items.map { $0.id == noteID ? $0.markedInError(mark) : $0 }
          state.screens[index] = .notes(list)
        default:
          break
        }
      }
      state.message = .init(text: state.text(.noteMarked), isError: false)
      return []
    case .chartOpened(let summary):
      state.help = nil
      state.screens.append(.chart(ChartState(summary: summary)))
      // Opened from the conflicts list: straight on to where the conflict is resolved.
      if state.screens.count > 1, case .conflicts(var list) = state.screens[state.screens.count - 2],
        let resolving = list.resolving, resolving.patientID == summary.listing.id
      {
        list.resolving = nil
        state.screens[state.screens.count - 2] = .conflicts(list)
        // CAVE is reconciled on the chart itself, where it stands first.
        if resolving.kind == .medicationList { return reduceTop(&state, .action(.goMedrec)) }
        if resolving.kind == .demographics { return reduceTop(&state, .action(.chartEditName)) }
      }
      return []
    default:
      break
    }
    if var help = state.help {
      return reduceHelp(&help, event, &state)
    }
    if case .action(.goBack) = event, state.screens.count > 1 {
      if case .noteEditor(let editor) = state.top, !editor.editor.characters.isEmpty {
        state.message = .init(text: state.text(.draftKept), isError: false)
      }
      state.screens.removeLast()
      if case .lookup(let lookup) = state.top, lookup.query == .recent {
        return [.loadRecent(limit: LookupView.visibleRows(state.size))]
      }
      // Back on the conflicts list: what was resolved meanwhile is gone from it.
      if case .conflicts = state.top { return [.loadConflicts(limit: ConflictListState.limit)] }
      return []
    }
    return reduceTop(&state, event)
  }

  /// Closes the form over the chart and shows the chart as it now is.
  private static func returnToChart(_ summary: PatientSummary, saying: Text, _ state: inout AppState) {
    switch state.top {
    case .vitals, .cave, .dose: state.screens.removeLast()
    default: break
    }
    updateChart(summary, &state)
    state.message = .init(text: state.text(saying), isError: false)
  }

  /// The open chart of this patient, wherever it is on the stack, shows the summary as it now is.
  private static func updateChart(_ summary: PatientSummary, _ state: inout AppState) {
    for index in state.screens.indices {
      if case .chart(var chart) = state.screens[index], chart.summary.listing.id == summary.listing.id {
        chart.summary = summary
        state.screens[index] = .chart(chart)
      }
    }
  }

  /// Only a yes or a no answers the question; every other key waits.
  private static func answer(
    _ confirm: ConfirmState, _ action: Action, _ state: inout AppState
  ) -> [Effect] {
    switch action {
    case .confirmYes:
      state.confirm = nil
      return [confirm.onYes]
    case .confirmNo, .goBack:
      state.confirm = nil
      state.pendingScenario = nil
      return []
    default:
      return []
    }
  }

  private static func reduceHelp(_ help: inout HelpState, _ event: Event, _ state: inout AppState) -> [Effect] {
    switch event {
    case .action(.goBack):
      state.help = nil
    case .action(let action):
      let count = HelpView.lines(help, state).count
      let rows = HelpView.rows(state)
      help.scroll = ListMovement.move(help.scroll, count: max(1, count - rows + 1), action, page: rows)
      state.help = help
    default:
      // Answers to effects still reach the screen beneath.
      return reduceTop(&state, event)
    }
    return []
  }

  private static func reduceTop(_ state: inout AppState, _ event: Event) -> [Effect] {
    let index = state.screens.count - 1
    switch state.screens[index] {
    case .lookup(var lookup):
      let effects = LookupReducer.reduce(&lookup, event, &state)
      state.screens[index] = .lookup(lookup)
      return effects
    case .chart(var chart):
      if case .action(.chartVitals) = event {
        let summary = chart.summary
        state.screens.append(
          .vitals(VitalsFormState(patient: summary.listing, hypercapnic: summary.hypercapnicTarget)))
        return []
      }
      if case .action(.chartCaveReconcile) = event {
        guard state.session.clinician.isDoctor else {
          state.message = .init(text: state.text(.doctorsOnly), isError: true)
          return []
        }
        return [.reconcileCave(patientID: chart.summary.listing.id)]
      }
      if case .action(.chartEditName) = event {
        return [.loadParticulars(patientID: chart.summary.listing.id)]
      }
      if case .action(.chartCave) = event {
        guard state.session.clinician.isDoctor else {
          state.message = .init(text: state.text(.doctorsOnly), isError: true)
          return []
        }
        state.screens.append(.cave(CaveFormState(patient: chart.summary.listing)))
        return []
      }
      if case .action(.goMedrec) = event {
        state.screens.append(.medRec(MedRecState(patient: chart.summary.listing, cave: chart.summary.cave)))
        return [.loadMedRec(patientID: chart.summary.listing.id)]
      }
      if case .action(.chartGiveDose) = event {
        state.screens.append(
          .dose(
            DoseFormState(
              patient: chart.summary.listing, cave: chart.summary.cave, medications: chart.summary.medications)))
        return [.loadRecentDoses(patientID: chart.summary.listing.id)]
      }
      if case .action(.chartNewNote) = event {
        let type = NoteEditorState.defaultType(for: state.session.clinician)
        state.screens.append(.noteEditor(NoteEditorState(patient: chart.summary.listing, type: type)))
        return [.openDraft(patientID: chart.summary.listing.id)]
      }
      if case .action(.chartNotes) = event {
        let list = NoteListState(patient: chart.summary.listing, limit: NoteListView.visibleRows(state.size) + 1)
        state.screens.append(.notes(list))
        return [list.load]
      }
      if case .action(.chartVitalsHistory) = event {
        let history = VitalsHistoryState(
          patient: chart.summary.listing, limit: VitalsHistoryView.visibleRows(state.size) + 1)
        state.screens.append(.vitalsHistory(history))
        return [.loadVitalsHistory(patientID: history.patient.id, limit: history.list.limit)]
      }
      if case .action(.chartAccessLog) = event {
        let log = AccessLogState(
          patient: chart.summary.listing, limit: AccessLogView.visibleRows(state.size) + 1)
        state.screens.append(.accessLog(log))
        return [.loadAccessLog(patientID: log.patient.id, limit: log.list.limit)]
      }
      let effects = ChartReducer.reduce(&chart, event, state)
      state.screens[index] = .chart(chart)
      return effects
    case .vitals(var form):
      if case .action(.formCancel) = event {
        state.screens.removeLast()
        return []
      }
      let effects = VitalsFormReducer.reduce(&form, event, &state)
      state.screens[index] = .vitals(form)
      return effects
    case .nameForm(var form):
      if case .action(.formCancel) = event {
        state.screens.removeLast()
        return []
      }
      let effects = NameFormReducer.reduce(&form, event, &state)
      state.screens[index] = .nameForm(form)
      return effects
    case .cave(var form):
      if case .action(.formCancel) = event {
        state.screens.removeLast()
        return []
      }
      let effects = CaveFormReducer.reduce(&form, event, &state)
      state.screens[index] = .cave(form)
      return effects
    case .vitalsHistory(var history):
      let effects = VitalsHistoryReducer.reduce(&history, event, state)
      state.screens[index] = .vitalsHistory(history)
      return effects
    case .accessLog(var log):
      let effects = AccessLogReducer.reduce(&log, event, state)
      state.screens[index] = .accessLog(log)
      return effects
    case .conflicts(var list):
      let effects = ConflictListReducer.reduce(&list, event, &state)
      state.screens[index] = .conflicts(list)
      return effects
    case .breakGlass(var form):
      if case .action(.formCancel) = event {
        state.screens.removeLast()
        return []
      }
      let effects = BreakGlassReducer.reduce(&form, event, &state)
      state.screens[index] = .breakGlass(form)
      return effects
    case .census(var census):
      let effects = CensusReducer.reduce(&census, event, &state)
      state.screens[index] = .census(census)
      return effects
    case .censusStats(var stats):
      let effects = CensusReducer.reduceStats(&stats, event, &state)
      state.screens[index] = .censusStats(stats)
      return effects
    case .triage(var queue):
      let effects = TriageReducer.reduceQueue(&queue, event, &state)
      state.screens[index] = .triage(queue)
      return effects
    case .triageForm(var form):
      if case .action(.formCancel) = event {
        state.screens.removeLast()
        return []
      }
      let effects = TriageReducer.reduceForm(&form, event, &state)
      state.screens[index] = .triageForm(form)
      return effects
    case .medRec(var medrec):
      let effects = MedRecReducer.reduce(&medrec, event, &state)
      state.screens[index] = .medRec(medrec)
      return effects
    case .dose(var form):
      if case .action(.formCancel) = event {
        state.screens.removeLast()
        return []
      }
      let effects = DoseFormReducer.reduce(&form, event, &state)
      state.screens[index] = .dose(form)
      return effects
    case .noteEditor(var editor):
      let effects = NoteEditorReducer.reduce(&editor, event, &state)
      state.screens[index] = .noteEditor(editor)
      return effects
    case .notes(var list):
      let effects = NoteListReducer.reduce(&list, event, &state)
      // The reducer may have pushed the reader; the list stays where it was.
      state.screens[index] = .notes(list)
      return effects
    case .decisions(var inbox):
      let effects = DecisionInboxReducer.reduce(&inbox, event, &state)
      state.screens[index] = .decisions(inbox)
      return effects
    case .serviceCase(var serviceCase):
      let effects = CaseReducer.reduce(&serviceCase, event, &state)
      state.screens[index] = .serviceCase(serviceCase)
      return effects
    case .assessment(var form):
      if case .action(.formCancel) = event {
        state.screens.removeLast()
        return []
      }
      let effects = AssessmentReducer.reduce(&form, event, &state)
      state.screens[index] = .assessment(form)
      return effects
    case .decisionForm(var form):
      if case .action(.formCancel) = event {
        state.screens.removeLast()
        return []
      }
      let effects = DecisionFormReducer.reduce(&form, event, &state)
      state.screens[index] = .decisionForm(form)
      return effects
    case .letter(var letter):
      let effects = LetterReducer.reduce(&letter, event, &state)
      state.screens[index] = .letter(letter)
      return effects
    case .note(var reader):
      let effects = NoteReaderReducer.reduce(&reader, event, &state)
      state.screens[index] = .note(reader)
      return effects
    }
  }
}
