import Clinical
import Foundation

/// The queue's keys (new walk-in, re-triage, next status, open the chart) and the registration
/// form's.
enum TriageReducer {
  static func reduceQueue(_ s: inout TriageQueueState, _ event: Event, _ app: inout AppState) -> [Effect] {
    switch event {
    case .triageQueueLoaded(let visits, let now):
      let selectedID = s.selectingVisit ?? s.selected?.id
      s.selectingVisit = nil
      s.visits = visits
      s.now = now
      s.selection = visits.firstIndex { $0.id == selectedID } ?? min(s.selection, max(0, visits.count - 1))
      return []
    case .tick(let now):
      s.now = now
      s.visits = TriageVisit.queueOrder(s.visits, at: now, app.triageSettings)
      return []
    default:
      break
    }
    if s.prompt != nil { return reducePrompt(&s, event, &app) }
    guard case .action(let action) = event else { return [] }
    switch action {
    case .triageNew:
      app.screens.append(.triageForm(TriageFormState()))
    case .triageSetLevel:
      guard let visit = s.selected else { return [] }
      s.prompt = TriagePrompt(kind: .level, visitID: visit.id, level: visit.level)
    case .triageNextStatus:
      guard let visit = s.selected else { return [] }
      switch visit.status {
      case .waiting: return [.moveTriageVisit(visit.id, to: .withDoctor)]
      case .withDoctor: return [.moveTriageVisit(visit.id, to: .observation)]
      case .observation: s.prompt = TriagePrompt(kind: .outcome, visitID: visit.id)
      case .discharged, .admitted, .referred: break
      }
    case .lookupOpenChart:
      guard let visit = s.selected else { return [] }
      return [.openChart(patientID: visit.patient.id)]
    case let move where move.movesInList:
      s.selection = ListMovement.move(s.selection, count: s.visits.count, move, page: TriageQueueView.visibleRows(app.size))
    default:
      break
    }
    return []
  }

  private static func reducePrompt(_ s: inout TriageQueueState, _ event: Event, _ app: inout AppState) -> [Effect] {
    guard var prompt = s.prompt else { return [] }
    switch prompt.input.apply(event) {
    case .edited:
      s.prompt = prompt
    case .cancelled:
      s.prompt = nil
    case .ignored:
      break
    case .submitted(let typed):
      switch prompt.kind {
      case .level:
        guard let level = Int(typed[0]).flatMap(TriageLevel.init(rawValue:)),
          let visit = s.visits.first(where: { $0.id == prompt.visitID })
        else {
          app.message = .init(text: app.text(.triageChooseLevel), isError: true)
          return []
        }
        if level > visit.computedLevel && typed[1].isEmpty {
          prompt.input.focus = 1
          s.prompt = prompt
          app.message = .init(text: app.text(.triageLowerNeedsReason(visit.computedLevel)), isError: true)
          return []
        }
        s.prompt = nil
        return [.setTriageLevel(prompt.visitID, level, reason: typed[1].isEmpty ? nil : typed[1])]
      case .outcome:
        let outcomes: [TriageVisit.Status] = [.discharged, .admitted, .referred]
        guard let n = Int(typed[0]), (1...3).contains(n) else {
          app.message = .init(text: app.text(.triageChooseOutcome), isError: true)
          return []
        }
        s.prompt = nil
        return [.moveTriageVisit(prompt.visitID, to: outcomes[n - 1])]
      }
    }
    return []
  }

  static func reduceForm(_ s: inout TriageFormState, _ event: Event, _ app: inout AppState) -> [Effect] {
    if s.fields.handle(event) { return [] }
    guard case .action(.formSubmit) = event else { return [] }
    let problems = s.problems(app, all: true)
    if let first = TriageField.allCases.first(where: { problems[$0] != nil }), let problem = problems[first] {
      s.fields.focus = first
      app.message = .init(text: app.text(.triageProblem(problem)), isError: true)
      return []
    }
    let reading = s.reading
    let v = reading.signs
    let anyValue = [v.respirationRate, v.oxygenSaturation, v.systolicPressure, v.pulse, v.temperatureTenths]
      .contains { $0 != nil } || v.consciousness != nil
    guard anyValue, case .success(let identifier) = s.identifier(app),
      let complaint = s.complaint(app)
    else {
      app.message = .init(text: app.text(.triageProblem(.noVitals)), isError: true)
      return []
    }
    return [.registerWalkIn(identifier: identifier, complaint, reading.signs)]
  }
}
