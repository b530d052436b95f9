/// Critical information (CAVE) as in Kjernejournal: always shown at the top of the chart.
public struct CaveEntry: Hashable, Sendable {
  public enum Category: String, Sendable, CaseIterable {
    case drugReaction = "drug-reaction"
    case otherAllergy = "other-allergy"
    case criticalCondition = "critical-condition"
    case implant
    case treatment
    case other
  }

  public enum Severity: String, Sendable, CaseIterable {
    case lifeThreatening = "life-threatening"
    case severe
    case moderate
    case mild
  }

  public enum Certainty: String, Sendable, CaseIterable {
    case confirmed
    case probable
    case suspected
  }

  public let category: Category
  /// The substance, condition or device, e.g. "Penicillin (ATC J01C)".
  public let agent: String
  public let reaction: String
  public let severity: Severity
  public let certainty: Certainty
  public let registeredBy: String
  public let registeredOn: CivilDate
  /// The record it was registered in, when not this one (sync brought it); nil when here.
  public let origin: String?

  public init(
    category: Category, agent: String, reaction: String, severity: Severity,
    certainty: Certainty, registeredBy: String, registeredOn: CivilDate, origin: String? = nil
  ) {
    self.category = category
    self.agent = agent
    self.reaction = reaction
    self.severity = severity
    self.certainty = certainty
    self.registeredBy = registeredBy
    self.registeredOn = registeredOn
    self.origin = origin
  }
}

extension CaveEntry {
  /// The ATC code or group the agent names ("Penicillin (ATC J01C)" → "J01C"): every medicine
  /// under it matches this entry.
  public var atcCode: String? {
    guard let range = agent.range(of: #"ATC [A-Z][0-9A-Z]{0,6}"#, options: .regularExpression) else { return nil }
    return String(agent[range].dropFirst(4))
  }
}
