import XCTest

@testable import Clinical

/// Every band edge of the NEWS2 chart (RCP 2017; DOMAIN.md), both sides of each.
final class NEWS2Tests: XCTestCase {
  func test_respiration_rate_band_edges() {
    let expected = [(8, 3), (9, 1), (11, 1), (12, 0), (20, 0), (21, 2), (24, 2), (25, 3)]
    for (rate, score) in expected { XCTAssertEqual(NEWS2.respiration(rate), score, "RR \(rate)") }
  }

  func test_oxygen_saturation_scale_1_band_edges() {
    let expected = [(91, 3), (92, 2), (93, 2), (94, 1), (95, 1), (96, 0), (100, 0)]
    for (spo2, score) in expected { XCTAssertEqual(NEWS2.saturationScale1(spo2), score, "SpO₂ \(spo2)") }
  }

  func test_oxygen_saturation_scale_2_band_edges_on_oxygen_and_on_air() {
    let onOxygen = [(83, 3), (84, 2), (85, 2), (86, 1), (87, 1), (88, 0), (92, 0), (93, 1), (94, 1), (95, 2), (96, 2), (97, 3)]
    for (spo2, score) in onOxygen {
      XCTAssertEqual(NEWS2.saturationScale2(spo2, onOxygen: true), score, "SpO₂ \(spo2) on O₂")
    }
    for spo2 in [93, 95, 97, 100] {
      XCTAssertEqual(NEWS2.saturationScale2(spo2, onOxygen: false), 0, "SpO₂ \(spo2) on air")
    }
    XCTAssertEqual(NEWS2.saturationScale2(87, onOxygen: false), 1)
  }

  func test_systolic_pressure_band_edges() {
    let expected = [(90, 3), (91, 2), (100, 2), (101, 1), (110, 1), (111, 0), (219, 0), (220, 3)]
    for (bp, score) in expected { XCTAssertEqual(NEWS2.systolic(bp), score, "BP \(bp)") }
  }

  func test_pulse_band_edges() {
    let expected = [(40, 3), (41, 1), (50, 1), (51, 0), (90, 0), (91, 1), (110, 1), (111, 2), (130, 2), (131, 3)]
    for (hr, score) in expected { XCTAssertEqual(NEWS2.pulse(hr), score, "pulse \(hr)") }
  }

  func test_temperature_band_edges_in_tenths() {
    let expected = [(350, 3), (351, 1), (360, 1), (361, 0), (380, 0), (381, 1), (390, 1), (391, 2)]
    for (t, score) in expected { XCTAssertEqual(NEWS2.temperature(t), score, "temp \(t)") }
  }

  func normal() -> VitalSigns {
    VitalSigns(
      respirationRate: 16, oxygenSaturation: 97, onOxygen: false, systolicPressure: 125,
      pulse: 72, consciousness: .alert, temperatureTenths: 368)
  }

  func test_a_healthy_adult_scores_zero_and_low() {
    let score = NEWS2.score(normal())
    XCTAssertEqual(score.total, 0)
    XCTAssertEqual(score.response, .low)
  }

  func test_oxygen_adds_two_and_new_confusion_alone_asks_for_urgent_review() {
    var v = normal()
    v.onOxygen = true
    XCTAssertEqual(NEWS2.score(v).total, 2)
    XCTAssertEqual(NEWS2.score(v).response, .low)
    v = normal()
    v.consciousness = .confusion
    XCTAssertEqual(NEWS2.score(v).total, 3)
    XCTAssertEqual(NEWS2.score(v).response, .medium, "a single 3 is an urgent review")
  }

  func test_totals_five_and_seven_are_the_medium_and_high_edges() {
    var v = normal()
    v.respirationRate = 22  // 2
    v.pulse = 115  // 2
    XCTAssertEqual(NEWS2.score(v).total, 4)
    XCTAssertEqual(NEWS2.score(v).response, .low)
    v.temperatureTenths = 385  // 1
    XCTAssertEqual(NEWS2.score(v).total, 5)
    XCTAssertEqual(NEWS2.score(v).response, .medium)
    v.systolicPressure = 95  // 2
    XCTAssertEqual(NEWS2.score(v).total, 7)
    XCTAssertEqual(NEWS2.score(v).response, .high)
    XCTAssertEqual(NEWS2.score(v).scoring.first?.1, 2)
  }

  func test_scale_2_on_target_scores_zero_where_scale_1_scores_three() {
    var v = normal()
    v.oxygenSaturation = 89
    XCTAssertEqual(NEWS2.score(v).parameters[.oxygenSaturation], 3)
    v.scale = .two
    XCTAssertEqual(NEWS2.score(v).parameters[.oxygenSaturation], 0)
  }

  func test_a_missing_parameter_gives_no_total() {
    var v = normal()
    v.pulse = nil
    XCTAssertNil(NEWS2.score(v).total)
    XCTAssertNil(NEWS2.score(v).response)
    XCTAssertEqual(NEWS2.score(v).parameters.count, 6)
  }
}
