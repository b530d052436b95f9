/// An application for a municipal service: who applies for whom, what, why, and when it came.
public struct ServiceApplication: Equatable, Sendable {
  public var service: MunicipalService
  /// Who applied: the patient, or a relative or helper writing on their behalf.
  public var applicant: String
  public var reason: String
  public var received: CivilDate
  public var urgent: Bool

  public init(service: MunicipalService, applicant: String, reason: String, received: CivilDate, urgent: Bool) {
    self.service = service
    self.applicant = applicant
    self.reason = reason
    self.received = received
    self.urgent = urgent
  }
}

/// A case as the inbox lists it.
public struct ServiceCase: Equatable, Sendable {
  public let id: Int64
  public let patient: PatientListing
  public let application: ServiceApplication
  public let lifecycle: CaseLifecycle
  public let caseOfficer: String?
  /// When the party was told the case takes time (forvaltningsloven § 11 a); nil when not.
  public let preliminaryAnswer: CivilDate?
  /// The running service's evaluation date has come.
  public let evaluationDue: Bool

  public init(
    id: Int64, patient: PatientListing, application: ServiceApplication, lifecycle: CaseLifecycle,
    caseOfficer: String?, preliminaryAnswer: CivilDate?, evaluationDue: Bool = false
  ) {
    self.id = id
    self.patient = patient
    self.application = application
    self.lifecycle = lifecycle
    self.caseOfficer = caseOfficer
    self.preliminaryAnswer = preliminaryAnswer
    self.evaluationDue = evaluationDue
  }

  public func daysSinceReceived(on today: CivilDate) -> Int { today.dayNumber - application.received.dayNumber }

  /// Forvaltningsloven § 11 a third paragraph: an application not answered within a month gets
  /// a preliminary answer saying why and when. Flagged while undecided and unanswered.
  public func needsPreliminaryAnswer(on today: CivilDate) -> Bool {
    let undecided = lifecycle.stage == .received || lifecycle.stage == .assessed
    return undecided && preliminaryAnswer == nil && application.received.adding(months: 1) <= today
  }
}
