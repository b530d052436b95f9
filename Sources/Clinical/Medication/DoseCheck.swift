import Foundation

/// What must stop a dose before it is given: a CAVE entry for its ATC group, a single dose over
/// the largest, or a 24-hour total over the largest daily dose. Only these interrupt; each says
/// what, why and what to do (the principle: alerts only when severe).
public enum DoseWarning: Hashable, Sendable {
  case cave(agent: String, reaction: String, atcGroup: String)
  case overSingleDose(max: Dose)
  case overDailyDose(given: Dose, total: Dose, max: Dose)
}

public enum DoseCheck {
  /// `tolerated`: ATC codes the signed medication list holds in use. A CAVE alert is not
  /// repeated for them: a clinician weighed it when the list was signed (and gave the reason the
  /// dose form shows). Dose limits are always checked.
  public static func warnings(
    _ medication: Medication, _ dose: Dose, cave: [CaveEntry], givenLast24Hours: [GivenDose],
    tolerated: Set<String> = []
  ) -> [DoseWarning] {
    var out: [DoseWarning] = []
    for entry in cave where !tolerated.contains(medication.atc) {
      if let group = entry.atcCode, medication.atc.hasPrefix(group) {
        out.append(.cave(agent: entry.agent, reaction: entry.reaction, atcGroup: group))
      }
    }
    if let max = medication.maxSingleDose, dose.exceeds(max) { out.append(.overSingleDose(max: max)) }
    let earlier = givenLast24Hours.filter { $0.atc == medication.atc }.map(\.dose)
    if let max = medication.maxDailyDose, !earlier.isEmpty, let given = Dose.total(earlier),
      let total = Dose.total(earlier + [dose]), total.exceeds(max)
    {
      out.append(.overDailyDose(given: given, total: total, max: max))
    }
    return out
  }
}
