import Clinical
import Screens
import XCTest

@testable import Store

/// The patient's name changed from the chart (p), and a name changed in two places resolved
/// from the conflicts list: the form shows the other record's value under the field, and saving
/// answers it.
final class NameFormTests: XCTestCase {
  func test_a_name_is_changed_from_the_chart_and_search_finds_it() throws {
    let h = try Harness()
    h.type("per hans")
    h.perform(.lookupOpenChart)
    h.perform(.chartEditName)
    guard case .nameForm = h.state.top else { return XCTFail("the name form did not open: \(h.text)") }
    h.perform(.formNextField)
    h.perform(.formNextField)
    h.perform(.fieldClear)
    h.perform(.formSubmit)
    XCTAssertTrue(h.text.contains("Ikke lagret: fornavn og etternavn må fylles ut"), "an empty family name is refused: \(h.text)")
    h.type("Hansen-Ødegård")
    h.perform(.formSubmit)
    guard case .chart(let chart) = h.state.top else { return XCTFail("back to the chart: \(h.text)") }
    XCTAssertEqual(chart.summary.listing.name.family, "Hansen-Ødegård")
    XCTAssertTrue(h.text.contains("Personalia er lagret."), h.text)
    XCTAssertTrue(h.text.contains("HANSEN-ØDEGÅRD, Per"), h.text)
    h.perform(.goLookup)
    h.type("ødeg")
    XCTAssertTrue(h.text.contains("Hansen-Ødegård, … 01.01.1939"), "search finds the new name: \(h.text)")
  }

  func test_a_name_changed_in_two_places_opens_on_the_form_with_the_other_value() throws {
    let h = try Harness()
    let store = try h.demoStore()
    let ola = try DecisionLog(store: store).patientID(identifier: "07917513311")
    try store.db.statement(
      """
      INSERT INTO sync_conflict(patient_id, kind, op_id, origin, detected_at, field, other_value)
      VALUES (?, 'demographics', 'renamed-elsewhere/family', 'Kari Kollega 27.11.2026 14:02', '2026-11-27T14:05:00.000Z', 'family', 'Nordmand')
      """
    ).bind(1, ola).run()
    h.perform(.goConflicts)
    XCTAssertTrue(h.text.contains("Personalia"), h.text)
    h.perform(.conflictResolve)
    guard case .nameForm(let form) = h.state.top else { return XCTFail("straight to the name form: \(h.text)") }
    XCTAssertEqual(form.input.focus, 2, "the cursor in the field to settle: the family name")
    assertSnapshot(h.screen, named: "name-form-conflict")
    XCTAssertTrue(h.text.contains("Annen journal: «Nordmand» (Kari Kollega 27.11.2026 14:02)"), h.text)
    h.perform(.formCancel)
    XCTAssertTrue(h.text.contains("Personalia er endret to steder"), "the chart marks it: \(h.text)")
    h.perform(.chartEditName)
    h.perform(.formSubmit)
    XCTAssertFalse(h.text.contains("Personalia er endret to steder"), "saving answers it: \(h.text)")
    XCTAssertEqual(try SyncConflicts(store: store).openCount(), 0)
    XCTAssertEqual(try DemographicsLog(store: store).particulars(ola).0.name.family, "Nordmann", "the name chosen here")
  }
}
