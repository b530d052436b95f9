import Clinical
import Screens
import XCTest

final class VitalsTests: XCTestCase {
  func form(_ h: Harness) -> VitalsFormState? {
    if case .vitals(let s) = h.state.top { return s }
    return nil
  }

  func openKari(_ h: Harness) {
    h.type("12834823460")
    h.perform(.lookupOpenChart)
  }

  /// Types each value and moves on, as a nurse does: value, Enter, value, Enter…
  func fill(_ h: Harness, _ values: [String]) {
    for value in values {
      h.type(value)
      h.perform(.formNextField)
    }
  }

  func test_news2_updates_as_values_are_typed_and_a_saved_set_shows_in_the_summary() throws {
    let h = try Harness()
    openKari(h)
    h.perform(.chartVitals)
    XCTAssertNotNil(form(h))
    fill(h, ["22", "95"])
    h.perform(.formNextField)  // the scale is filled in from the record
    fill(h, ["L", "105"])
    h.type("115")
    assertSnapshot(h.screen, named: "vitals-form-mid-entry")
    h.perform(.formNextField)
    fill(h, ["A", "38,5"])
    // RR 22 (2) + SpO₂ 95 (1) + BP 105 (1) + pulse 115 (2) + temperature 38.5 (1) = 7.
    XCTAssertTrue(h.text.contains("NEWS2 7 · høy risiko"), h.text)
    XCTAssertTrue(h.text.contains("tilkall lege"), h.text)
    h.perform(.formSubmit)
    guard case .chart(let chart) = h.state.top else { return XCTFail("back to the chart") }
    XCTAssertEqual(chart.summary.vitals.first?.signs.pulse, 115)
    XCTAssertTrue(h.text.contains("NEWS2 7 (HØY)"), h.text)
  }

  func test_a_value_outside_physiological_bounds_is_refused_with_the_range_and_nothing_is_saved() throws {
    let h = try Harness()
    openKari(h)
    h.perform(.chartVitals)
    fill(h, ["18", "97", "", "L", "1200"])
    XCTAssertTrue(h.text.contains("utenfor mulige verdier 40–300"), h.text)
    h.perform(.formSubmit)
    XCTAssertEqual(form(h)?.fields.focus, .systolicPressure, "the cursor goes to the refused value")
    XCTAssertEqual(h.state.message?.isError, true)
    h.perform(.formCancel)
    guard case .chart(let chart) = h.state.top else { return XCTFail() }
    XCTAssertTrue(chart.summary.vitals.isEmpty)
  }

  func test_scale_2_is_refused_without_a_documented_hypercapnic_target() throws {
    let h = try Harness()
    openKari(h)
    h.perform(.chartVitals)
    h.perform(.formNextField)
    h.perform(.formNextField)
    h.perform(.fieldClear)
    h.type("2")
    XCTAssertTrue(h.text.contains("skala 2 krever dokumentert hyperkapnisk mål"), h.text)
  }

  func test_an_empty_form_saves_nothing_and_says_so() throws {
    let h = try Harness()
    openKari(h)
    h.perform(.chartVitals)
    h.perform(.formSubmit)
    XCTAssertNotNil(form(h))
    XCTAssertEqual(h.state.message?.isError, true)
  }

  func test_sparkline_scales_between_the_lowest_and_highest_value() {
    XCTAssertEqual(Sparkline.render([10, 20, 30]), "▁▄█")
    XCTAssertEqual(Sparkline.render([5, 5]), "▁▁")
    XCTAssertEqual(Sparkline.render([]), "")
  }

  func test_the_history_lists_every_set_newest_first_with_its_news2() throws {
    let h = try Harness()
    openKari(h)
    for values in [["16", "97", "", "L", "125", "72", "A", "36,8"], ["22", "93", "", "O", "98", "118", "C", "38,6"]] {
      h.perform(.chartVitals)
      fill(h, values)
      h.perform(.formSubmit)
    }
    h.perform(.chartVitalsHistory)
    guard case .vitalsHistory(let history) = h.state.top else { return XCTFail("history did not open") }
    XCTAssertEqual(history.list.items.map(\.signs.pulse), [118, 72])
    assertSnapshot(h.screen, named: "vitals-history")
    h.perform(.goBack)
    guard case .chart = h.state.top else { return XCTFail("back to the chart") }
  }
}
