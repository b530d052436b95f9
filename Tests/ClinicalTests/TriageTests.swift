import Clinical
import Foundation
import XCTest

final class TriageTests: XCTestCase {
  let normal = VitalSigns(
    respirationRate: 16, oxygenSaturation: 98, onOxygen: false, systolicPressure: 130, pulse: 70,
    consciousness: .alert, temperatureTenths: 370)

  func test_the_vital_sign_level_follows_news2_and_danger_signs() {
    XCTAssertEqual(TriageRule.vitalsLevel(normal), .blue, "NEWS2 0")
    var v = normal
    v.pulse = 95  // 1 point
    XCTAssertEqual(TriageRule.vitalsLevel(v), .green)
    v.respirationRate = 22; v.systolicPressure = 105  // 1 + 2 + 1 = 4
    XCTAssertEqual(TriageRule.vitalsLevel(v), .green, "NEWS2 4 is the top of green")
    v.oxygenSaturation = 95  // 5
    XCTAssertEqual(TriageRule.vitalsLevel(v), .yellow, "NEWS2 5")
    v.temperatureTenths = 385  // 6
    XCTAssertEqual(TriageRule.vitalsLevel(v), .yellow, "NEWS2 6")
    v.pulse = 112  // 7
    XCTAssertEqual(TriageRule.vitalsLevel(v), .orange, "NEWS2 7")
    var single = normal
    single.systolicPressure = 90  // a single 3
    XCTAssertEqual(TriageRule.vitalsLevel(single), .orange, "a single parameter scoring 3")
    var danger = normal
    danger.consciousness = .pain
    XCTAssertEqual(TriageRule.vitalsLevel(danger), .red)
    danger = normal
    danger.oxygenSaturation = 84
    XCTAssertEqual(TriageRule.vitalsLevel(danger), .red)
    danger.oxygenSaturation = 85
    XCTAssertEqual(TriageRule.vitalsLevel(danger), .orange, "85 % scores 3 but is no danger sign")
    danger = normal
    danger.systolicPressure = 70
    XCTAssertEqual(TriageRule.vitalsLevel(danger), .red)
    var nine = normal
    nine.respirationRate = 25; nine.pulse = 131; nine.temperatureTenths = 391; nine.oxygenSaturation = 95
    XCTAssertEqual(TriageRule.vitalsLevel(nine), .red, "NEWS2 9: 3 + 3 + 2 + 1")
  }

  func test_the_worse_of_vital_signs_and_complaint_wins() {
    XCTAssertEqual(TriageRule.level(vitals: normal, complaint: .chestPain), .orange)
    XCTAssertEqual(TriageRule.level(vitals: normal, complaint: .skin), .blue)
    var sick = normal
    sick.consciousness = .unresponsive
    XCTAssertEqual(TriageRule.level(vitals: sick, complaint: .skin), .red)
    // Åse Ærlig Ødegård: pulse 112 (2), BP 98 (2), RR 24 (2), SpO₂ 94 (1), 37.2 (0), alert: NEWS2 7.
    let ase = VitalSigns(
      respirationRate: 24, oxygenSaturation: 94, onOxygen: false, systolicPressure: 98, pulse: 112,
      consciousness: .alert, temperatureTenths: 372)
    XCTAssertEqual(NEWS2.score(ase).total, 7)
    XCTAssertEqual(TriageRule.level(vitals: ase, complaint: .chestPain), .orange)
  }

  func test_clocks_at_each_target_edge() {
    let arrived = Date(timeIntervalSince1970: 1_795_768_200)
    let settings = TriageSettings.standard
    for (level, target) in [(TriageLevel.red, 0), (.orange, 10), (.yellow, 60), (.green, 120), (.blue, 240)] {
      let visit = TriageVisit(
        id: 1, patient: PatientListing.sample, complaint: .fever, level: level, computedLevel: level,
        levelReason: nil, arrivedAt: arrived, lastTriagedAt: arrived, status: .waiting, statusSince: arrived, news2: 0)
      XCTAssertEqual(visit.minutesLeft(at: arrived.addingTimeInterval(Double(target * 60)), settings), 0, "\(level) at the edge")
      XCTAssertEqual(visit.minutesLeft(at: arrived.addingTimeInterval(Double(target * 60 + 60)), settings), -1, "\(level) overdue")
      XCTAssertFalse(visit.needsRetriage(at: arrived.addingTimeInterval(29 * 60 + 59), settings))
      XCTAssertTrue(visit.needsRetriage(at: arrived.addingTimeInterval(30 * 60), settings))
    }
  }

  func test_the_queue_sorts_by_level_then_time_left() {
    let now = Date(timeIntervalSince1970: 1_795_768_200)
    func visit(_ id: Int64, _ level: TriageLevel, minutesAgo: Double) -> TriageVisit {
      let at = now.addingTimeInterval(-minutesAgo * 60)
      return TriageVisit(
        id: id, patient: .sample, complaint: .fever, level: level, computedLevel: level, levelReason: nil,
        arrivedAt: at, lastTriagedAt: at, status: .waiting, statusSince: at, news2: nil)
    }
    let sorted = TriageVisit.queueOrder(
      [visit(1, .green, minutesAgo: 10), visit(2, .green, minutesAgo: 100), visit(3, .orange, minutesAgo: 1), visit(4, .blue, minutesAgo: 300)],
      at: now, .standard)
    XCTAssertEqual(sorted.map(\.id), [3, 2, 1, 4])
  }

  func test_targets_are_configuration() {
    XCTAssertEqual(TriageSettings.targets("0,15,60,120,240")?[.orange], 15)
    XCTAssertNil(TriageSettings.targets("0,15,60"))
    XCTAssertNil(TriageSettings.targets("10,0,60,120,240"), "a more urgent level cannot wait longer")
    XCTAssertNil(TriageSettings.targets("0,x,60,120,240"))
  }

  func test_help_numbers_have_month_plus_40_and_valid_check_digits() {
    let birth = CivilDate(year: 1970, month: 1, day: 1)!
    let first = HelpNumber.make(birth: birth) { _ in false }
    XCTAssertEqual(first?.prefix(6), "014170")
    let explanation = IdentifierValidator.inForce(on: birth).explain(first ?? "", today: CivilDate(year: 2026, month: 11, day: 27)!)
    XCTAssertEqual(explanation.kind, .hNumber)
    XCTAssertTrue(explanation.problems.isEmpty)
    let second = HelpNumber.make(birth: birth) { $0 == first }
    XCTAssertNotEqual(second, first)
  }
}

extension PatientListing {
  static let sample = PatientListing(
    id: 1, name: PersonName(given: "Test", middle: nil, family: "Testesen"),
    birthDate: CivilDate(year: 1980, month: 1, day: 1)!, sex: .female, identifier: "01418010181",
    identifierKind: .hNumber, municipalityName: nil, gpName: nil)
}
