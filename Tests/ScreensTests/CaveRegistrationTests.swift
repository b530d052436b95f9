import Clinical
import Screens
import XCTest

final class CaveRegistrationTests: XCTestCase {
  func fill(_ h: Harness, _ values: [String]) {
    for value in values {
      h.type(value)
      h.perform(.formNextField)
    }
  }

  func test_a_doctor_registers_a_drug_reaction_and_it_shows_on_top_of_the_chart() throws {
    let h = try Harness()
    h.type("per hans")
    h.perform(.lookupOpenChart)
    h.perform(.chartCave)
    guard case .cave = h.state.top else { return XCTFail("the CAVE form did not open") }
    fill(h, ["1", "n02be01", "Paracetamol", "Utslett", "3"])
    h.type("2")
    assertSnapshot(h.screen, named: "cave-form")
    h.perform(.formSubmit)
    guard case .chart(let chart) = h.state.top else { return XCTFail("back to the chart") }
    let entry = try XCTUnwrap(chart.summary.cave.last)
    XCTAssertEqual(entry.agent, "Paracetamol (ATC N02BE01)")
    XCTAssertEqual(entry.severity, .moderate)
    XCTAssertEqual(entry.certainty, .probable)
    XCTAssertEqual(entry.registeredBy, "Demo Demosen, lege")
    XCTAssertEqual(entry.registeredOn, CivilDate(year: 2026, month: 11, day: 27))
    XCTAssertTrue(h.text.contains("!CAVE Legemiddelreaksjon: Paracetamol (ATC N02BE01)"), h.text)
  }

  /// The role stored with who registered an entry reads in the user's language.
  func test_who_registered_an_entry_is_named_with_the_role_in_english() throws {
    let h = try Harness(language: .en)
    h.type("per hans")
    h.perform(.lookupOpenChart)
    XCTAssertTrue(h.text.contains("by Demo Demosen, doctor"), h.text)
    XCTAssertFalse(h.text.contains(", lege"), h.text)
  }

  func test_a_drug_reaction_needs_a_well_formed_atc_code_and_nothing_is_saved_before() throws {
    let h = try Harness()
    h.type("jonas lie")
    h.perform(.lookupOpenChart)
    h.perform(.chartCave)
    fill(h, ["1", "", "Penicillin", "Elveblest", "2", "1"])
    h.perform(.formSubmit)
    guard case .cave(let form) = h.state.top else { return XCTFail("the form stays open") }
    XCTAssertEqual(form.fields.focus, .atc)
    XCTAssertEqual(h.state.message?.isError, true)
    h.type("J01X1")
    XCTAssertTrue(h.text.contains("ikke en ATC-kode"), h.text)
    h.perform(.formCancel)
    guard case .chart(let chart) = h.state.top else { return XCTFail() }
    XCTAssertEqual(chart.summary.cave.map(\.agent), ["Bjørkepollen"], "only what was there")
  }

  func test_an_implant_needs_no_atc_code() throws {
    let h = try Harness()
    h.type("jonas lie")
    h.perform(.lookupOpenChart)
    h.perform(.chartCave)
    fill(h, ["4", "", "Pacemaker", "MR kun etter avklaring", "2", "1"])
    h.perform(.formSubmit)
    guard case .chart(let chart) = h.state.top else { return XCTFail("saved") }
    XCTAssertEqual(chart.summary.cave.last?.category, .implant)
  }

  func test_only_doctors_register_cave() throws {
    let h = try Harness()
    var state = h.state
    state.session = SessionInfo(
      clinician: Clinician(userID: "n", name: "Sykepleier", role: "sykepleier", organisation: "x"),
      isDemo: true, storeIsEmpty: false)
    h.type("12834823460")
    h.perform(.lookupOpenChart)
    var chartState = h.state
    chartState.session = state.session
    _ = AppReducer.reduce(&chartState, .action(.chartCave))
    guard case .chart = chartState.top else { return XCTFail("no form for a nurse") }
    XCTAssertEqual(chartState.message?.isError, true)
  }

  func test_atc_codes_are_checked_for_shape_at_every_level() {
    for good in ["N", "N02", "N02B", "N02BE", "N02BE01"] { XCTAssertTrue(ATCCode.isWellFormed(good), good) }
    for bad in ["", "n02", "N2", "N02B1", "N02BE1", "N02BE011", "0N2"] { XCTAssertFalse(ATCCode.isWellFormed(bad), bad) }
  }
}
