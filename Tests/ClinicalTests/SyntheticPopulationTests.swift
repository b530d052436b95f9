import XCTest

@testable import Clinical

final class SyntheticPopulationTests: XCTestCase {
  func records(_ size: Int, seed: UInt64 = SyntheticPopulation.defaultSeed) -> [PatientRecord] {
    var out: [PatientRecord] = []
    SyntheticPopulation(seed: seed, size: size).forEachPatient { out.append($0) }
    return out
  }

  func test_the_same_seed_gives_the_same_people() {
    XCTAssertEqual(records(500), records(500))
    XCTAssertNotEqual(records(500, seed: 1), records(500, seed: 2))
  }

  func test_scenario_patients_come_first_and_are_always_there() {
    let first = records(100).prefix(7).map(\.name.full)
    XCTAssertEqual(
      first,
      ["Kari Nordmann", "Ola Nordmann", "Åse Ærlig Ødegård", "Per Hansen", "Ingrid Berg",
       "Jonas Lie", "Ukjent Legevaktpasient"])
  }

  func test_every_number_is_valid_synthetic_and_unique_and_names_with_dates_are_unique() {
    let today = CivilDate(year: 2026, month: 11, day: 27)!
    let validator = IdentifierValidator.inForce(on: today)
    let all = records(20_000)
    XCTAssertEqual(all.count, 20_000)
    XCTAssertEqual(Set(all.map(\.identifier)).count, all.count)
    XCTAssertEqual(Set(all.map { "\($0.name.full)|\($0.birthDate)" }).count, all.count)
    for r in all {
      let e = validator.explain(r.identifier, today: today)
      XCTAssertTrue(e.isValid, "\(r.identifier) \(e.problems)")
      if r.identifierKind != .hNumber {
        XCTAssertTrue(e.kind?.isSynthetic == true, r.identifier)
        XCTAssertEqual(e.birthDate, r.birthDate)
      }
    }
  }

  func test_population_has_a_realistic_mix_of_sex_age_and_municipality() {
    let all = records(10_000)
    let women = all.filter { $0.sex == .female }.count
    XCTAssertEqual(Double(women) / 10_000, 0.5, accuracy: 0.03)
    let reference = SyntheticPopulation.referenceDate
    let old = all.filter { $0.birthDate.age(on: reference) >= 80 }.count
    XCTAssertGreaterThan(old, 200)
    XCTAssertLessThan(old, 1_000)
    let trondheim = all.filter { $0.municipalityCode == "5001" }.count
    XCTAssertGreaterThan(trondheim, 1_500)
    XCTAssertTrue(all.contains { $0.name.full.contains("ø") })
  }

  func test_someone_born_on_a_leap_day_ages_on_first_march_in_common_years() {
    let born = CivilDate(year: 1996, month: 2, day: 29)!
    XCTAssertEqual(born.age(on: CivilDate(year: 2026, month: 2, day: 28)!), 29)
    XCTAssertEqual(born.age(on: CivilDate(year: 2026, month: 3, day: 1)!), 30)
  }
}
