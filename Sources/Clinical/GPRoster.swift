/// GP offices and their GPs for the demo region: a few offices per municipality by size.
enum GPRoster {
  private static let officeNames = [
    "legesenter", "Sentrum legekontor", "Torget legesenter", "Fjordgløtt legekontor",
    "Elvebakken legesenter", "Bryggen legekontor",
  ]

  static func make(
    municipalities: [(Municipality, weight: Int)], rng: inout SeededGenerator
  ) -> [GeneralPractitioner] {
    var gps: [GeneralPractitioner] = []
    var hpr = 9_000_001
    for (municipality, weight) in municipalities {
      let offices = max(1, min(officeNames.count, weight / 10))
      for office in 0..<offices {
        let officeName =
          office == 0 ? "\(municipality.name) \(officeNames[0])" : officeNames[office]
        for _ in 0..<(2 + rng.below(4)) {
          let female = rng.below(2) == 0
          let given = (female ? NorwegianNames.female : NorwegianNames.male)
          let name =
            "\(given[rng.below(given.count)]) \(NorwegianNames.family[rng.below(NorwegianNames.family.count)])"
          gps.append(
            GeneralPractitioner(
              name: name, hprNumber: String(hpr), officeName: officeName,
              municipalityCode: municipality.code))
          hpr += 1
        }
      }
    }
    return gps
  }
}
