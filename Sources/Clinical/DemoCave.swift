/// Critical information for the generated patients: about one in twenty has an entry, drawn
/// from the kinds Kjernejournal registers most.
enum DemoCave {
  private static let entries: [(CaveEntry.Category, String, String, CaveEntry.Severity)] = [
    (.drugReaction, "Penicillin (ATC J01C)", "Urtikaria", .moderate),
    (.drugReaction, "Sulfonamider (ATC J01E)", "Utslett", .moderate),
    (.drugReaction, "Ibuprofen (ATC M01AE01)", "Bronkospasme", .severe),
    (.otherAllergy, "Lateks", "Kontaktallergi", .mild),
    (.otherAllergy, "Peanøtter", "Anafylaksi", .lifeThreatening),
    (.implant, "Pacemaker", "MR kun etter avklaring", .severe),
    (.treatment, "Antikoagulasjon med apixaban", "Blødningsfare", .severe),
    (.criticalCondition, "Binyrebarksvikt", "Trenger stressdose ved sykdom", .lifeThreatening),
  ]

  static func random(_ rng: inout SeededGenerator) -> [CaveEntry] {
    guard rng.below(20) == 0 else { return [] }
    let (category, agent, reaction, severity) = entries[rng.below(entries.count)]
    let registered = CivilDate(year: 2010 + rng.below(15), month: 1 + rng.below(12), day: 1 + rng.below(28))
    return [
      CaveEntry(
        category: category, agent: agent, reaction: reaction, severity: severity,
        certainty: .confirmed, registeredBy: ScenarioPatients.registeredBy,
        registeredOn: registered ?? SyntheticPopulation.referenceDate)
    ]
  }
}
