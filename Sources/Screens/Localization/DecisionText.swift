import Clinical

/// The strings of the service-decision screens, by meaning (a part of `Text`).
public enum DecisionText: Equatable, Sendable {
  case inboxTitle
  case inboxSummary(total: Int)
  case inboxColumns
  case inboxEmpty
  case urgentMarker
  case overdueMarker
  case serviceShort(MunicipalService)
  case serviceName(MunicipalService)
  /// Heads the list of services by number while a new application asks for one.
  case serviceListTitle
  case status(CaseLifecycle, evaluationDue: Bool)
  case promptTitle(InboxPrompt.Kind)
  case promptLabel(InboxPrompt.Kind, field: Int)
  case promptProblem(InboxPrompt.Problem)
  case caseTitle(number: String)
  case application(received: CivilDate, days: Int, applicant: String, urgent: Bool)
  case statusLine(CaseLifecycle, officer: String?, overdue: Bool)
  case assessmentHeading
  case assessmentSummary(needTenths: Int?, scored: Int, onThisCase: Bool)
  case notAssessed
  case variable(IPLOSVariable)
  case variableShort(IPLOSVariable)
  case score(IPLOSScore)
  case decisionHeading
  case notDecided
  case outcome(ServiceDecision.Outcome)
  case hoursPerWeek(WeeklyHours)
  /// What a step in the history carries: the need found, the outcome, the appeal deadline.
  case historyDetail(CaseEventDetail)
  case period(from: CivilDate?, to: CivilDate?)
  case evaluation(CivilDate)
  case letterHeading
  case noLetter
  case letterSent(dated: CivilDate, deadline: CivilDate)
  case diagnoses
  case contacts
  case currentServices
  case noneRecorded
  case historyHeading
  /// The step that won over one taken here: who and when.
  case conflictBanner(origin: String)
  case notTakenIn
  case step(String)
  case casePromptTitle(CasePrompt.Kind)
  case needsText
  case chooseNumber(Int)
  case assessmentTitle(patient: String)
  case scoreKeys
  case unscored
  case formTitle(grants: Bool, service: MunicipalService)
  case fieldLabel(DecisionField)
  case fieldHint(DecisionField)
  case fieldProblem(DecisionFormState.Problem)
  case appealRule(AppealDeadline.LegalBasis)
  case letterTitle
  case printLabel
  case registered(Int)
  case importRefused(ApplicationImportProblem)
  case changed(CaseChange)
  case printed(String)
  case reportFailure(caseID: Int64, [IPLOSReport.Failure])
  case reportDone(rows: Int, failed: Int, year: Int)
  case chartServices
  case chartServicesNone
  /// A service in force; one that starts after `today` says from when.
  case chartService(ActiveService, today: CivilDate)
}
