/// A decision on one service: what, how much, for how long, at what fee, on which legal basis
/// and why. Refused decisions have no scope or period.
public struct ServiceDecision: Equatable, Sendable {
  public enum Outcome: String, CaseIterable, Hashable, Sendable {
    case granted
    case partlyGranted = "partly-granted"
    case refused

    public var grants: Bool { self != .refused }
  }

  public enum Problem: Error, Equatable, Sendable {
    case hours(WeeklyHours.Problem)
    case hoursNeeded
    case startNeeded
    case endBeforeStart
    case evaluationBeforeStart
    case justificationNeeded
  }

  public var service: MunicipalService
  public var outcome: Outcome
  public var hours: WeeklyHours?
  public var from: CivilDate?
  public var to: CivilDate?
  public var evaluation: CivilDate?
  /// The fee as the letter states it ("Gratis", "kr 215 per måned").
  public var fee: String
  public var legalBasis: String
  public var justification: String

  public init(
    service: MunicipalService, outcome: Outcome, hours: WeeklyHours?, from: CivilDate?, to: CivilDate?,
    evaluation: CivilDate?, fee: String, legalBasis: String, justification: String
  ) {
    self.service = service
    self.outcome = outcome
    self.hours = hours
    self.from = from
    self.to = to
    self.evaluation = evaluation
    self.fee = fee
    self.legalBasis = legalBasis
    self.justification = justification
  }

  /// Everything wrong with the decision, in form order; empty when it can be made.
  public var problems: [Problem] {
    var out: [Problem] = []
    if outcome.grants {
      if service.measuredInHours && hours == nil { out.append(.hoursNeeded) }
      if let h = hours, h.minutes > WeeklyHours.maximumMinutes { out.append(.hours(.aboveWeek)) }
      if from == nil { out.append(.startNeeded) }
      if let from, let to, to < from { out.append(.endBeforeStart) }
      if let from, let evaluation, evaluation < from { out.append(.evaluationBeforeStart) }
    }
    if justification.trimmingCharacters(in: .whitespaces).isEmpty { out.append(.justificationNeeded) }
    return out
  }
}
