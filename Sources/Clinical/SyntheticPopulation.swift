/// A deterministic fictional population of Trøndelag and Møre og Romsdal: the scenario patients
/// first, then `size` minus those generated from `seed`. Every number is Tenor synthetic
/// (month + 80), so no real person's number can appear; no two patients share name and birth date.
public struct SyntheticPopulation: Sendable {
  public let seed: UInt64
  public let size: Int
  public let municipalities: [Municipality]
  public let gps: [GeneralPractitioner]
  /// Ages are counted from this fixed date, so a seed means the same people next year too.
  public static let referenceDate = CivilDate(year: 2026, month: 1, day: 1)!
  public static let defaultSize = 5_000
  public static let defaultSeed: UInt64 = 20_261_127

  private let gpIndicesByMunicipality: [String: [Int]]
  private let cumulativeWeights: [Int]

  public init(seed: UInt64 = defaultSeed, size: Int = defaultSize) {
    self.seed = seed
    self.size = size
    municipalities = DemoMunicipalities.all.map(\.0)
    var running = 0
    cumulativeWeights = DemoMunicipalities.all.map { running += $0.weight; return running }
    var rng = SeededGenerator(seed: seed ^ 0x6770)
    let roster = GPRoster.make(municipalities: DemoMunicipalities.all, rng: &rng)
    gps = roster
    gpIndicesByMunicipality = Dictionary(grouping: roster.indices, by: { roster[$0].municipalityCode })
  }

  /// Calls `body` with each patient in order; streams, so a million patients never sit in memory.
  public func forEachPatient<E: Error>(_ body: (PatientRecord) throws(E) -> Void) throws(E) {
    var taken = Set<UInt64>()
    var numbers = Set<Int>()
    let scenario = ScenarioPatients.records(gpIndexIn: { self.gpIndicesByMunicipality[$0]?.first })
    for record in scenario.prefix(size) {
      taken.insert(Self.nameDateKey(record.name, record.birthDate))
      numbers.insert(Int(record.identifier) ?? 0)
      try body(record)
    }
    var rng = SeededGenerator(seed: seed)
    for _ in scenario.count..<max(size, scenario.count) {
      try body(generatePatient(&rng, taken: &taken, numbers: &numbers))
    }
  }

  private func generatePatient(
    _ rng: inout SeededGenerator, taken: inout Set<UInt64>, numbers: inout Set<Int>
  ) -> PatientRecord {
    let sex: Sex = rng.below(2) == 0 ? .female : .male
    var birthDate = randomBirthDate(&rng)
    var name = randomName(sex: sex, &rng)
    while !taken.insert(Self.nameDateKey(name, birthDate)).inserted {
      name = randomName(sex: sex, &rng)
      birthDate = randomBirthDate(&rng)
    }
    let number = TenorNumber.make(birthDate: birthDate, sex: sex, rng: &rng, taken: &numbers)
    let municipality = randomMunicipality(&rng)
    let gpChoices = gpIndicesByMunicipality[municipality.code] ?? []
    let hasGP = !gpChoices.isEmpty && rng.below(50) != 0
    return PatientRecord(
      name: name, birthDate: birthDate, sex: sex, identifier: number,
      identifierKind: .tenorBirthNumber, municipalityCode: municipality.code,
      gpIndex: hasGP ? gpChoices[rng.below(gpChoices.count)] : nil,
      cave: DemoCave.random(&rng), contacts: randomContacts(family: name.family, &rng))
  }

  /// Age mix roughly as Norway's: fewer of the very old.
  private func randomBirthDate(_ rng: inout SeededGenerator) -> CivilDate {
    let bands = [(0, 20, 22), (20, 40, 27), (40, 60, 26), (60, 80, 20), (80, 100, 5)]
    var pick = rng.below(100)
    var age = 0
    for (low, high, share) in bands {
      if pick < share { age = low + rng.below(high - low); break }
      pick -= share
    }
    let reference = Self.referenceDate
    let month = 1 + rng.below(12)
    let day = 1 + rng.below(CivilDate.daysIn(month: month, year: reference.year - age - 1))
    return CivilDate(year: reference.year - age - 1, month: month, day: day) ?? reference
  }

  private func randomName(sex: Sex, _ rng: inout SeededGenerator) -> PersonName {
    let givenNames = sex == .female ? NorwegianNames.female : NorwegianNames.male
    let given = givenNames[Self.skewed(givenNames.count, &rng)]
    var middle: String?
    if rng.below(4) == 0 {
      let candidate = givenNames[rng.below(givenNames.count)]
      if candidate != given { middle = candidate }
    }
    let family = NorwegianNames.family[Self.skewed(NorwegianNames.family.count, &rng)]
    return PersonName(given: given, middle: middle, family: family)
  }

  /// Common names come up more often, as in life: the smaller of two uniform picks.
  private static func skewed(_ count: Int, _ rng: inout SeededGenerator) -> Int {
    min(rng.below(count), rng.below(count))
  }

  private func randomMunicipality(_ rng: inout SeededGenerator) -> Municipality {
    let pick = rng.below(cumulativeWeights.last ?? 1)
    var low = 0
    var high = cumulativeWeights.count - 1
    while low < high {
      let mid = (low + high) / 2
      if cumulativeWeights[mid] > pick { high = mid } else { low = mid + 1 }
    }
    return municipalities[low]
  }

  private func randomContacts(family: String, _ rng: inout SeededGenerator) -> [PatientContact] {
    guard rng.below(10) < 6 else { return [] }
    let relations: [PatientContact.Relation] = [.spouse, .child, .parent, .sibling]
    let relation = relations[rng.below(relations.count)]
    let givenNames = rng.below(2) == 0 ? NorwegianNames.female : NorwegianNames.male
    let name = "\(givenNames[rng.below(givenNames.count)]) \(family)"
    return [
      PatientContact(
        name: name, relation: relation, phone: DemoPhone.make(&rng), isNextOfKin: true)
    ]
  }

  /// FNV-1a over the name and date: a deterministic key for the uniqueness rule.
  static func nameDateKey(_ name: PersonName, _ date: CivilDate) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in name.full.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
    }
    return (hash ^ UInt64(date.ordinal)) &* 0x100_0000_01B3
  }
}
