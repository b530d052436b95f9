import Clinical
import Screens
import XCTest

final class DoseTests: XCTestCase {
  func chart(_ h: Harness) -> ChartState? {
    if case .chart(let s) = h.state.top { return s }
    return nil
  }

  func open(_ h: Harness, _ number: String) {
    h.type(number)
    h.perform(.lookupOpenChart)
  }

  /// The legevakt complaint: 36 keystrokes for one paracetamol in the big system.
  func test_paracetamol_1_g_given_from_the_open_chart_in_at_most_6_keystrokes() throws {
    let h = try Harness(trainer: true)
    open(h, "07917513311")
    let before = h.state.trainer?.keystrokes ?? 0
    h.perform(.chartGiveDose)
    h.type("p")
    assertSnapshot(h.screen, named: "dose-form-search")
    h.perform(.dosePick)
    h.perform(.formSubmit)
    let used = (h.state.trainer?.keystrokes ?? 0) - before
    XCTAssertLessThanOrEqual(used, 6)
    XCTAssertEqual(used, 4)
    let dose = try XCTUnwrap(chart(h)?.summary.doses.first)
    XCTAssertEqual(dose.medication, "Paracetamol")
    XCTAssertEqual(dose.atc, "N02BE01")
    XCTAssertEqual(dose.dose, Dose(amount: 1, unit: .g))
    XCTAssertEqual(dose.route, .oral)
    XCTAssertEqual(dose.givenAt, Harness.now, "now, to the minute, unless changed")
    XCTAssertTrue(h.text.contains("Paracetamol 1 g registrert gitt kl. 09:30"), h.text)
    XCTAssertTrue(h.text.contains("Paracetamol 1 g oralt – Demo Demosen, lege"), h.text)
  }

  func test_every_route_to_choose_from_shows_while_the_route_has_the_cursor() throws {
    let h = try Harness()
    open(h, "07917513311")
    h.perform(.chartGiveDose)
    XCTAssertTrue(h.text.contains("skriv de første bokstavene, Enter velger"), h.text)
    h.perform(.formNextField)
    h.perform(.formNextField)
    XCTAssertTrue(h.text.contains("10 vaginalt 11 på huden"), h.text)
  }

  func test_a_penicillin_for_a_patient_with_penicillin_anaphylaxis_interrupts_and_no_records_nothing() throws {
    let h = try Harness()
    open(h, "12834823460")
    h.perform(.chartGiveDose)
    h.type("amoks")
    h.perform(.dosePick)
    h.perform(.formSubmit)
    XCTAssertNotNil(h.state.confirm)
    XCTAssertTrue(h.text.contains("CAVE: Penicillin"), h.text)
    assertSnapshot(h.screen, named: "dose-cave-alert")
    h.press("enter")
    XCTAssertNil(h.state.confirm, "Enter answers no to a safety alert")
    h.perform(.formCancel)
    XCTAssertEqual(chart(h)?.summary.doses, [])
  }

  func test_a_fifth_gram_of_paracetamol_in_a_day_is_asked_about_and_a_typed_dose_is_checked() throws {
    let h = try Harness()
    open(h, "07917513311")
    for _ in 0..<4 {
      h.perform(.chartGiveDose)
      h.type("para")
      h.perform(.dosePick)
      h.perform(.formSubmit)
    }
    XCTAssertEqual(chart(h)?.summary.doses.count, 4)
    h.perform(.chartGiveDose)
    h.type("para")
    h.perform(.dosePick)
    h.perform(.formSubmit)
    XCTAssertTrue(h.text.contains("Gitt siste 24 t: 4 g"), h.text)
    h.perform(.confirmYes)
    XCTAssertEqual(chart(h)?.summary.doses.count, 5, "the nurse may still give it, knowingly")
    h.perform(.chartGiveDose)
    h.type("ibu")
    h.perform(.dosePick)
    h.perform(.fieldClear)
    h.type("tre tabletter")
    h.perform(.formSubmit)
    XCTAssertTrue(h.text.contains("Skriv dosen som mengde og enhet"), h.text)
    h.perform(.fieldClear)
    h.type("1200 mg")
    h.perform(.formSubmit)
    XCTAssertTrue(h.text.contains("over største enkeltdose 800 mg"), h.text)
  }
}
