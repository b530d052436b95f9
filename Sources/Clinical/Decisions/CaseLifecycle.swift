/// Where a service case stands: application → assessment → decision → letter sent → service
/// started → ended (a granted service may also end before it starts), with an appeal alongside
/// once the party has the decision.
public struct CaseLifecycle: Equatable, Hashable, Sendable {
  public enum Stage: String, CaseIterable, Hashable, Sendable {
    case received, assessed, decided
    case letterSent = "letter-sent"
    case serviceStarted = "service-started"
    case ended
  }

  /// An appeal's way: lodged with the municipality, which either changes its decision (the case
  /// goes back to be decided again) or upholds it and forwards it to Statsforvalteren.
  public enum Appeal: String, CaseIterable, Hashable, Sendable {
    case lodged, forwarded
    case upheld, changed, quashed
    case changedByMunicipality = "changed-by-municipality"

    public var isOpen: Bool { self == .lodged || self == .forwarded }
  }

  /// Statsforvalteren's answer to a forwarded appeal.
  public enum AppealOutcome: String, CaseIterable, Hashable, Sendable {
    case upheld, changed, quashed
  }

  public enum Step: Equatable, Hashable, Sendable {
    case assess
    case decide(granted: Bool)
    case sendLetter
    case startService
    case endService
    /// The evaluation of a running service, with the next one set.
    case evaluate
    case appeal
    /// The municipality's reconsideration (forvaltningsloven § 33): upheld sends it on.
    case reconsider(upheld: Bool)
    case appealOutcome(AppealOutcome)
  }

  /// Why a step cannot be taken now.
  public enum Refusal: Error, Equatable, Sendable {
    case assessFirst
    case alreadyDecided
    case noDecision
    case letterAlreadySent
    case letterNotSent
    case refusedHasNoService
    case serviceNotStarted
    case serviceAlreadyStarted
    case ended
    case appealOpen
    case noAppeal
    case notForwarded
    case alreadyForwarded
    /// Statsforvalteren upheld or changed the decision: that is final (forvaltningsloven § 28
    /// third paragraph).
    case finalAfterAppeal
  }

  public var stage: Stage
  public var appeal: Appeal?
  /// Whether the decision in force grants a service (refusals have nothing to start).
  public var granted: Bool

  public init(stage: Stage = .received, appeal: Appeal? = nil, granted: Bool = false) {
    self.stage = stage
    self.appeal = appeal
    self.granted = granted
  }

  /// The case after the step, or why the step makes no sense now.
  public func applying(_ step: Step) -> Result<CaseLifecycle, Refusal> {
    var next = self
    if stage == .ended { return .failure(.ended) }
    switch step {
    case .assess:
      if appeal?.isOpen == true { return .failure(.appealOpen) }
      guard stage == .received || stage == .assessed else { return .failure(.alreadyDecided) }
      next.stage = .assessed
    case .decide(let granted):
      if appeal?.isOpen == true { return .failure(.appealOpen) }
      guard stage != .received else { return .failure(.assessFirst) }
      guard stage == .assessed else { return .failure(.alreadyDecided) }
      next.stage = .decided
      next.granted = granted
    case .sendLetter:
      switch stage {
      case .received, .assessed: return .failure(.noDecision)
      case .decided: next.stage = .letterSent
      default: return .failure(.letterAlreadySent)
      }
    case .startService:
      switch stage {
      case .received, .assessed, .decided: return .failure(.letterNotSent)
      case .letterSent:
        guard granted else { return .failure(.refusedHasNoService) }
        next.stage = .serviceStarted
      default: return .failure(.serviceAlreadyStarted)
      }
    case .endService:
      // A granted place can end before it starts: the patient died, moved or declined while
      // waiting for it.
      guard stage == .serviceStarted || (stage == .letterSent && granted) else { return .failure(.serviceNotStarted) }
      next.stage = .ended
    case .evaluate:
      guard stage == .serviceStarted else { return .failure(.serviceNotStarted) }
    case .appeal:
      guard stage == .letterSent || stage == .serviceStarted else { return .failure(.letterNotSent) }
      if appeal?.isOpen == true { return .failure(.appealOpen) }
      if appeal == .upheld || appeal == .changed { return .failure(.finalAfterAppeal) }
      next.appeal = .lodged
    case .reconsider(let upheld):
      switch appeal {
      case .lodged?:
        next.appeal = upheld ? .forwarded : .changedByMunicipality
        if !upheld { next.stage = .assessed }
      case .forwarded?: return .failure(.alreadyForwarded)
      default: return .failure(.noAppeal)
      }
    case .appealOutcome(let outcome):
      guard appeal == .forwarded else { return .failure(appeal == .lodged ? .notForwarded : .noAppeal) }
      switch outcome {
      case .upheld: next.appeal = .upheld
      case .changed: next.appeal = .changed
      case .quashed: next.appeal = .quashed
      }
      // A changed or quashed decision is decided again by the municipality.
      if outcome != .upheld { next.stage = .assessed }
    }
    return .success(next)
  }
}
