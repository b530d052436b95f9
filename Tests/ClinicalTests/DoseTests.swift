import Clinical
import Foundation
import XCTest

final class DoseParsingTests: XCTestCase {
  func test_doses_are_read_as_clinicians_write_them() {
    XCTAssertEqual(Dose("1 g"), Dose(amount: 1, unit: .g))
    XCTAssertEqual(Dose("2,5 mg"), Dose(amount: 2.5, unit: .mg))
    XCTAssertEqual(Dose("0.5mg"), Dose(amount: 0.5, unit: .mg))
    XCTAssertEqual(Dose("2 tabletter"), Dose(amount: 2, unit: .tablett))
    XCTAssertEqual(Dose("50 µg"), Dose(amount: 50, unit: .mikrog))
    XCTAssertNil(Dose("tre tabletter"))
    XCTAssertNil(Dose("0 mg"))
    XCTAssertNil(Dose("1 kg"))
    XCTAssertNil(Dose(""))
    XCTAssertEqual(Dose(amount: 2.5, unit: .mg).description, "2,5 mg")
    XCTAssertEqual(Dose(amount: 1, unit: .g).description, "1 g")
  }

  func test_limits_compare_masses_across_units() {
    XCTAssertTrue(Dose("1200 mg")!.exceeds(Dose("1 g")!))
    XCTAssertFalse(Dose("1000 mg")!.exceeds(Dose("1 g")!))
    XCTAssertEqual(Dose.total([Dose("500 mg")!, Dose("1 g")!]), Dose(amount: 1.5, unit: .g))
    XCTAssertNil(Dose.total([Dose("1 g")!, Dose("2 puff")!]))
  }

  func test_the_catalogue_has_real_atc_codes_and_finds_by_first_letters() {
    let catalogue = MedicationCatalogue.shipped
    XCTAssertGreaterThanOrEqual(catalogue.medications.count, 300)
    for m in catalogue.medications {
      XCTAssertTrue(ATCCode.isWellFormed(m.atc) && m.atc.count == 7, "\(m.name) \(m.atc)")
      XCTAssertNotNil(m.usualDose, m.name)
    }
    XCTAssertEqual(catalogue.search("p", limit: 1).first?.name, "Paracetamol")
    XCTAssertEqual(catalogue.search("ibux", limit: 1).first?.atc, "M01AE01")
    XCTAssertEqual(catalogue.search("marevan", limit: 1).first?.name, "Warfarin")
  }

  func test_cave_for_an_atc_group_matches_every_medicine_in_it() {
    let cave = CaveEntry(
      category: .drugReaction, agent: "Penicillin (ATC J01C)", reaction: "Anafylaksi",
      severity: .lifeThreatening, certainty: .confirmed, registeredBy: "x",
      registeredOn: CivilDate(year: 2020, month: 1, day: 1)!)
    let amoxicillin = MedicationCatalogue.shipped.search("amoksicillin", limit: 1)[0]
    let onList = MedicationLine(atc: "J01CA04", drug: "Amoksicillin", dose: "500 mg", frequency: "1 x 3")
    let paracetamol = MedicationCatalogue.shipped.search("paracetamol", limit: 1)[0]
    XCTAssertEqual(
      DoseCheck.warnings(amoxicillin, amoxicillin.usualDose!, cave: [cave], givenLast24Hours: []),
      [.cave(agent: "Penicillin (ATC J01C)", reaction: "Anafylaksi", atcGroup: "J01C")])
    XCTAssertEqual(DoseCheck.warnings(paracetamol, paracetamol.usualDose!, cave: [cave], givenLast24Hours: []), [])
    XCTAssertEqual(
      DoseCheck.warnings(amoxicillin, amoxicillin.usualDose!, cave: [cave], givenLast24Hours: [], inUse: [onList]),
      [], "weighed at reconciliation and kept on the list: not repeated")
    let ibuprofen = MedicationCatalogue.shipped.search("ibuprofen", limit: 1)[0]
    let warfarin = MedicationLine(atc: "B01AA03", drug: "Warfarin", dose: "2,5 mg", frequency: "1 x 1")
    XCTAssertEqual(
      DoseCheck.warnings(ibuprofen, ibuprofen.usualDose!, cave: [], givenLast24Hours: [], inUse: [warfarin]).count, 1,
      "ibuprofen with warfarin in use: avoid")
    let statin = MedicationLine(atc: "C10AA05", drug: "Atorvastatin", dose: "20 mg", frequency: "1 x 1")
    let clarithromycin = MedicationCatalogue.shipped.search("klaritromycin", limit: 1)[0]
    XCTAssertEqual(
      DoseCheck.warnings(clarithromycin, clarithromycin.usualDose!, cave: [], givenLast24Hours: [], inUse: [statin]), [],
      "a combination needing precautions shows in reconciliation, it does not interrupt a dose")
  }

  func test_a_time_ahead_of_now_is_yesterdays() {
    let now = Date(timeIntervalSince1970: 1_795_768_200)  // 27.11.2026 09:30 in Oslo
    XCTAssertEqual(ClockTime.resolve("09:30", now: now), now)
    XCTAssertEqual(ClockTime.resolve("0800", now: now), now.addingTimeInterval(-5_400))
    XCTAssertEqual(ClockTime.resolve("23:50", now: now), now.addingTimeInterval(-(9 * 3600 + 40 * 60)))
    XCTAssertNil(ClockTime.resolve("25:00", now: now))
    XCTAssertNil(ClockTime.resolve("9", now: now))
  }
}
