import XCTest

@testable import Clinical

/// Which levels of a visit stand in dispute, from the settings in server order and what each
/// maker knew.
final class LevelDisagreementTests: XCTestCase {
  private func set(_ op: String, _ level: TriageLevel, knowing seen: [String]?) -> LevelDisagreement.Setting {
    .init(op: op, level: level, reason: nil, seen: seen.map(Set.init), by: "nurse \(op)", at: "")
  }

  func test_a_level_set_knowing_every_other_settles_the_visit() {
    let registered = set("r", .yellow, knowing: nil)
    XCTAssertNil(LevelDisagreement.among([registered]))
    XCTAssertNil(LevelDisagreement.among([registered, set("a", .red, knowing: ["r"]), set("b", .green, knowing: ["r", "a"])]))
  }

  func test_two_levels_set_at_once_stand_at_the_more_urgent_whichever_came_last() {
    let registered = set("r", .yellow, knowing: nil)
    let orange = set("a", .orange, knowing: ["r"]), green = set("b", .green, knowing: ["r"])
    for order in [[registered, orange, green], [registered, green, orange]] {
      let found = LevelDisagreement.among(order)
      XCTAssertEqual(found?.standing, orange)
      XCTAssertEqual(found?.other, green)
    }
    XCTAssertNil(LevelDisagreement.among([registered, orange, set("c", .orange, knowing: ["r"])]), "they agree")
  }

  func test_a_level_its_own_maker_set_again_no_longer_stands() {
    // One terminal raised the level and took it back; the other, not knowing either, agrees with
    // where it ended.
    let registered = set("r", .yellow, knowing: nil)
    let raised = set("a", .red, knowing: ["r"]), back = set("b", .green, knowing: ["r", "a"])
    XCTAssertNil(LevelDisagreement.among([registered, raised, back, set("c", .green, knowing: ["r"])]))
  }

  func test_levels_set_offline_one_after_another_are_all_unknown_to_the_other_terminal() {
    // Terminal 1 set orange then green offline; terminal 2 set red meanwhile and was first to
    // the server. Green was set knowing orange, not red.
    let registered = set("r", .yellow, knowing: nil)
    let red = set("c", .red, knowing: ["r"])
    let found = LevelDisagreement.among([registered, red, set("a", .orange, knowing: ["r"]), set("b", .green, knowing: ["r", "a"])])
    XCTAssertEqual(found?.standing, red)
    XCTAssertEqual(found?.other.level, .green)
  }

  func test_settings_from_before_the_record_of_what_was_known_never_dispute() {
    let old = LevelDisagreement.Setting(op: nil, level: .red, reason: nil, seen: nil, by: "", at: "")
    XCTAssertNil(LevelDisagreement.among([set("r", .yellow, knowing: nil), old, set("a", .green, knowing: nil)]))
  }
}
