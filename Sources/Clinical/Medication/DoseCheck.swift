import Foundation

/// What must stop a dose before it is given: a CAVE entry for its ATC group, a single dose over
/// the largest, or a 24-hour total over the largest daily dose. Only these interrupt; each says
/// what, why and what to do (the principle: alerts only when severe).
public enum DoseWarning: Hashable, Sendable {
  case cave(agent: String, reaction: String, atcGroup: String)
  case overSingleDose(max: Dose)
  case overDailyDose(given: Dose, total: Dose, max: Dose)
  /// A combination to avoid with a medicine the patient uses.
  case interaction(with: String, Interaction)
}

public enum DoseCheck {
  /// `inUse`: the signed medication list's active lines. A medicine on it was weighed when the
  /// list was signed (with the reason the dose form shows), so its CAVE and interaction alerts
  /// are not repeated; a medicine not on it is checked against every one of them, and only a
  /// combination to avoid interrupts. Dose limits are always checked.
  public static func warnings(
    _ medication: Medication, _ dose: Dose, cave: [CaveEntry], givenLast24Hours: [GivenDose],
    inUse: [MedicationLine] = []
  ) -> [DoseWarning] {
    var out: [DoseWarning] = []
    let tolerated = inUse.contains { $0.atc == medication.atc }
    for entry in cave where !tolerated {
      if let group = entry.atcCode, medication.atc.hasPrefix(group) {
        out.append(.cave(agent: entry.agent, reaction: entry.reaction, atcGroup: group))
      }
    }
    if !tolerated {
      for line in inUse {
        if let rule = Interaction.between(medication.atc, line.atc), rule.severity == .avoid {
          out.append(.interaction(with: line.drug, rule))
        }
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
