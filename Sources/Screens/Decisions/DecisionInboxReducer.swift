import Clinical

/// Moving in the inbox (a page is loaded when the selection leaves the one held), registering
/// and importing applications, and opening a case — straight into a step for a/g/r/b.
enum DecisionInboxReducer {
  static func reduce(_ s: inout DecisionInboxState, _ event: Event, _ app: inout AppState) -> [Effect] {
    if case .inboxLoaded(let total, let offset, let cases) = event {
      s.total = total
      s.offset = offset
      s.cases = cases
      s.isLoaded = true
      s.selection = min(s.selection, max(0, total - 1))
      return s.pageNeeded.map { [.loadInbox(offset: $0, limit: DecisionInboxState.pageSize)] } ?? []
    }
    if var prompt = s.prompt {
      switch prompt.input.apply(event) {
      case .edited: s.prompt = prompt
      case .cancelled: s.prompt = nil
      case .submitted(let texts): return submit(prompt.kind, texts, &s, &app)
      case .ignored: break
      }
      return []
    }
    guard case .action(let action) = event else { return [] }
    switch action {
    case .decisionNew:
      s.prompt = InboxPrompt(kind: .register)
    case .decisionImport:
      s.prompt = InboxPrompt(kind: .importFile)
    case .decisionOpen, .decisionAssess, .decisionGrant, .decisionRefuse, .decisionLetter, .decisionAppeal,
      .decisionPreliminaryAnswer, .decisionEvaluate:
      guard let selected = s.selected else { return [] }
      app.screens.append(.serviceCase(CaseState(caseID: selected.id, pendingAction: action == .decisionOpen ? nil : action)))
      return [.loadCase(selected.id)]
    case let move where move.movesInList:
      s.selection = ListMovement.move(s.selection, count: s.total, move, page: DecisionInboxView.visibleRows(app.size))
      return s.pageNeeded.map { [.loadInbox(offset: $0, limit: DecisionInboxState.pageSize)] } ?? []
    default:
      break
    }
    return []
  }

  private static func submit(_ kind: InboxPrompt.Kind, _ texts: [String], _ s: inout DecisionInboxState, _ app: inout AppState) -> [Effect] {
    switch kind {
    case .importFile:
      guard !texts[0].isEmpty else { return [] }
      s.prompt = nil
      return [.importApplications(path: texts[0])]
    case .register:
      let explanation = IdentifierValidator.inForce(on: app.today).explain(texts[0], today: app.today)
      guard texts[0].count == 11, explanation.problems.isEmpty else {
        return refuse(.decision(.promptProblem(.identifier)), focus: 0, &s, &app)
      }
      guard let service = Int(texts[1]).flatMap(MunicipalService.init(code:)) else {
        return refuse(.decision(.promptProblem(.service)), focus: 1, &s, &app)
      }
      guard !texts[2].isEmpty else { return refuse(.decision(.promptProblem(.applicant)), focus: 2, &s, &app) }
      guard !texts[3].isEmpty else { return refuse(.decision(.promptProblem(.reason)), focus: 3, &s, &app) }
      let urgent = ["j", "y"].contains(texts[4].lowercased())
      s.prompt = nil
      return [
        .registerApplication(
          identifier: texts[0],
          ServiceApplication(service: service, applicant: texts[2], reason: texts[3], received: app.today, urgent: urgent))
      ]
    }
  }

  private static func refuse(_ text: Text, focus: Int, _ s: inout DecisionInboxState, _ app: inout AppState) -> [Effect] {
    s.prompt?.input.focus = focus
    app.message = .init(text: app.text(text), isError: true)
    return []
  }
}
