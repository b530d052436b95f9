import Clinical

/// The steps of one case: assess, grant or refuse, send the letter, start and end the service,
/// the preliminary answer, and an appeal's way. The store checks each step against the
/// lifecycle again; here they open the right form or question.
enum CaseReducer {
  static func reduce(_ s: inout CaseState, _ event: Event, _ app: inout AppState) -> [Effect] {
    if var prompt = s.prompt {
      switch prompt.input.apply(event) {
      case .edited: s.prompt = prompt
      case .cancelled: s.prompt = nil
      case .submitted(let texts): return submit(prompt.kind, texts[0], &s, &app)
      case .ignored: break
      }
      return []
    }
    guard case .action(let action) = event, let file = s.file else { return [] }
    return perform(action, file, &s, &app)
  }

  /// Runs the step the inbox asked for once the case file is here.
  static func loaded(_ file: CaseFile, _ s: inout CaseState, _ app: inout AppState) -> [Effect] {
    s.file = file
    guard let pending = s.pendingAction else { return [] }
    s.pendingAction = nil
    return perform(pending, file, &s, &app)
  }

  private static func perform(_ action: Action, _ file: CaseFile, _ s: inout CaseState, _ app: inout AppState) -> [Effect] {
    let lifecycle = file.serviceCase.lifecycle
    // Refused here already what the lifecycle refuses, so no form is filled in for nothing.
    func allowed(_ step: CaseLifecycle.Step) -> Bool {
      if case .failure(let refusal) = lifecycle.applying(step) {
        app.message = .init(text: app.text(.failure(.refusedStep(refusal))), isError: true)
        return false
      }
      return true
    }
    switch action {
    case .decisionAssess:
      if allowed(.assess) { app.screens.append(.assessment(AssessmentFormState(file: file))) }
    case .decisionGrant, .decisionRefuse:
      let grants = action == .decisionGrant
      if allowed(.decide(granted: grants)) { app.screens.append(.decisionForm(DecisionFormState(file: file, grants: grants))) }
    case .decisionLetter:
      if let letter = file.letter, lifecycle.stage != .decided {
        app.screens.append(.letter(LetterState(caseID: s.caseID, body: letter.body)))
      } else if allowed(.sendLetter) {
        return [.sendLetter(caseID: s.caseID)]
      }
    case .decisionStartService:
      if allowed(.startService) { return [.caseStep(caseID: s.caseID, .startService, detail: nil)] }
    case .decisionEndService:
      if allowed(.endService) { s.prompt = CasePrompt(kind: .endService) }
    case .decisionEvaluate:
      if allowed(.evaluate) { s.prompt = CasePrompt(kind: .evaluate) }
    case .decisionAppeal:
      if allowed(.appeal) { s.prompt = CasePrompt(kind: .appeal) }
    case .decisionReconsider:
      if allowed(.reconsider(upheld: true)) { s.prompt = CasePrompt(kind: .reconsider) }
    case .decisionAppealOutcome:
      if allowed(.appealOutcome(.upheld)) { s.prompt = CasePrompt(kind: .appealOutcome) }
    case .decisionPreliminaryAnswer:
      return [.preliminaryAnswer(caseID: s.caseID)]
    case .decisionConflictAccept:
      if file.conflict != nil { return [.acceptCaseConflict(caseID: s.caseID)] }
    case .lookupOpenChart:
      return [.openChart(patientID: file.serviceCase.patient.id)]
    case let move where move.movesInList:
      s.scroll = ListMovement.move(s.scroll, count: max(1, CaseView.lines(file, app).count - 1), move, page: 5)
    default:
      break
    }
    return []
  }

  private static func submit(_ kind: CasePrompt.Kind, _ typed: String, _ s: inout CaseState, _ app: inout AppState) -> [Effect] {
    let step: CaseLifecycle.Step
    var detail: String? = typed.isEmpty ? nil : typed
    switch kind {
    case .appeal:
      // Who appealed and on what grounds, as the appeal letter says; the date is today's.
      guard !typed.isEmpty else {
        app.message = .init(text: app.text(.decision(.needsText)), isError: true)
        return []
      }
      step = .appeal
    case .endService:
      guard !typed.isEmpty else {
        app.message = .init(text: app.text(.decision(.needsText)), isError: true)
        return []
      }
      step = .endService
    case .reconsider:
      guard typed == "1" || typed == "2" else {
        app.message = .init(text: app.text(.decision(.chooseNumber(2))), isError: true)
        return []
      }
      step = .reconsider(upheld: typed == "1")
      detail = nil
    case .evaluate:
      guard typed.isEmpty || DateInput.parse(typed, today: app.today) != nil else {
        app.message = .init(text: app.text(.decision(.fieldProblem(.badDate))), isError: true)
        return []
      }
      s.prompt = nil
      return [.evaluateService(caseID: s.caseID, next: DateInput.parse(typed, today: app.today))]
    case .appealOutcome:
      let outcomes = CaseLifecycle.AppealOutcome.allCases
      guard let n = Int(typed), outcomes.indices.contains(n - 1) else {
        app.message = .init(text: app.text(.decision(.chooseNumber(outcomes.count))), isError: true)
        return []
      }
      step = .appealOutcome(outcomes[n - 1])
      detail = nil
    }
    s.prompt = nil
    return [.caseStep(caseID: s.caseID, step, detail: detail)]
  }
}
