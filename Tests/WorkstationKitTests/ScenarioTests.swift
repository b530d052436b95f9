import Clinical
import Screens
import XCTest

@testable import WorkstationKit

final class ScenarioTests: XCTestCase {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  let today = CivilDate(year: 2026, month: 11, day: 27)!

  func keymap() throws -> Keymap {
    try KeymapLoader.load(
      defaultPath: Self.repository.appendingPathComponent("Keymaps/default.keymap").path,
      userPath: nil, extraPath: nil)
  }

  func library() throws -> ScenarioLibrary {
    try ScenarioLibrary(folder: Self.repository.appendingPathComponent("Scenarios").path)
  }

  func test_every_shipped_scenario_meets_its_goal_within_budget_from_its_reference_keys() throws {
    let library = try library()
    XCTAssertFalse(library.scenarios.isEmpty)
    for scenario in library.scenarios {
      let outcome = try ScenarioReplay.run(
        keys: try library.referenceKeys(scenario), scenario: scenario, keymap: try keymap(),
        language: .nb, today: today)
      XCTAssertEqual(outcome.goalMet, true, "\(scenario.id):\n\(outcome.screen)")
      XCTAssertLessThanOrEqual(outcome.keystrokes, scenario.keystrokeBudget, scenario.id)
    }
  }

  func test_keys_that_stop_short_do_not_meet_the_goal() throws {
    let library = try library()
    let kari = try XCTUnwrap(library.scenario("kari-cave"))
    let outcome = try ScenarioReplay.run(
      keys: try KeyScript.parse("text N2346\n", file: "short.keys"), scenario: kari,
      keymap: try keymap(), language: .en, today: today)
    XCTAssertEqual(outcome.goalMet, false)
    XCTAssertTrue(outcome.screen.contains("Nordmann, Kari"), outcome.screen)
  }

  func test_scenario_file_problems_name_the_field_and_line() {
    func problem(_ text: String) -> ScenarioProblem? {
      do {
        _ = try ScenarioParser.parse(text, file: "x.scenario")
        return nil
      } catch { return error.problem }
    }
    let valid = try? String(
      contentsOf: Self.repository.appendingPathComponent("Scenarios/kari-cave.scenario"), encoding: .utf8)
    XCTAssertNotNil(valid.flatMap { try? ScenarioParser.parse($0, file: "kari") })
    XCTAssertEqual(problem("id = a\n"), .missingField("goal"))
    XCTAssertEqual(problem("colour = red\n"), .unknownField("colour"))
    let broken = (valid ?? "").replacingOccurrences(of: "chart-opened 12834823460", with: "lib-signed")
    XCTAssertEqual(problem(broken), .unknownGoal("lib-signed"))
    XCTAssertEqual(problem((valid ?? "").replacingOccurrences(of: "budget    = 7", with: "budget = seven")), .badNumber("seven"))
  }

  func test_key_files_read_and_write_the_same_keys() throws {
    let keys = try KeyScript.parse("# comment\ntext ødeg åse\nenter\nf2\nctrl+q\n", file: "k")
    XCTAssertEqual(keys.count, 8 + 3)
    XCTAssertEqual(KeyScript.render(keys), "text ødeg åse\nenter\nf2\nctrl+q\n")
    XCTAssertThrowsError(try KeyScript.parse("hyper+z\n", file: "k"))
  }

  func test_klm_estimates_follow_the_operator_times() {
    XCTAssertEqual(KeystrokeLevelModel.keyboard(keys: 7, mentalSteps: 2), 7 * 0.28 + 2 * 1.35, accuracy: 1e-9)
    let mouse = MouseOperators(points: 3, clicks: 3, homings: 1, keys: 11, mentalSteps: 3)
    XCTAssertEqual(KeystrokeLevelModel.mouse(mouse), 3 * 1.1 + 3 * 0.2 + 0.4 + 11 * 0.28 + 3 * 1.35, accuracy: 1e-9)
  }
}
