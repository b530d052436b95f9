import Foundation

/// Everything the case screen shows: the case, the assessment (this case's, or the patient's
/// latest as the starting point), the decision and letter in force, the history, and from the
/// chart the diagnoses, next of kin and the services the patient has now.
public struct CaseFile: Equatable, Sendable {
  public let serviceCase: ServiceCase
  public let assessment: IPLOSAssessment?
  /// True when `assessment` was made on this case, false when it is an earlier one to start from.
  public let assessedOnThisCase: Bool
  public let decision: ServiceDecision?
  public let letter: Letter?
  public let history: [Entry]
  public let diagnoses: [DiagnosisCode]
  public let contacts: [PatientContact]
  public let currentServices: [ActiveService]
  /// Who took the step that won over one taken here, and when, until the case officer has
  /// seen it: the case stands as the server has it, the step taken here is in the history.
  public let conflict: String?

  public init(
    serviceCase: ServiceCase, assessment: IPLOSAssessment?, assessedOnThisCase: Bool, decision: ServiceDecision?,
    letter: Letter?, history: [Entry], diagnoses: [DiagnosisCode], contacts: [PatientContact],
    currentServices: [ActiveService], conflict: String? = nil
  ) {
    self.conflict = conflict
    self.serviceCase = serviceCase
    self.assessment = assessment
    self.assessedOnThisCase = assessedOnThisCase
    self.decision = decision
    self.letter = letter
    self.history = history
    self.diagnoses = diagnoses
    self.contacts = contacts
    self.currentServices = currentServices
  }

  /// The letter sent, with the appeal deadline it gave.
  public struct Letter: Equatable, Sendable {
    public let body: String
    public let dated: CivilDate
    public let appealDeadline: CivilDate

    public init(body: String, dated: CivilDate, appealDeadline: CivilDate) {
      self.body = body
      self.dated = dated
      self.appealDeadline = appealDeadline
    }
  }

  /// One step of the case: when, what (the lifecycle step's name), a detail, and by whom.
  public struct Entry: Equatable, Sendable {
    public let at: Date
    public let step: String
    public let detail: String?
    public let by: String
    /// Taken here, but another step on the same case reached the server first.
    public let notTakenIn: Bool

    public init(at: Date, step: String, detail: String?, by: String, notTakenIn: Bool = false) {
      self.notTakenIn = notTakenIn
      self.at = at
      self.step = step
      self.detail = detail
      self.by = by
    }
  }
}
