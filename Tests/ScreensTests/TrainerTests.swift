import Clinical
import Screens
import XCTest

final class TrainerTests: XCTestCase {
  func test_opening_kari_nordmanns_chart_by_number_takes_12_keystrokes() throws {
    let h = try Harness(trainer: true)
    h.type("12834823460")
    h.perform(.lookupOpenChart)
    XCTAssertEqual(h.state.trainer?.keystrokes, 12)
    XCTAssertTrue(h.text.contains("12 taster · 0:00"), h.text)
  }

  func test_the_count_starts_again_when_the_patient_prompt_opens() throws {
    let h = try Harness(trainer: true)
    h.type("kari")
    h.perform(.goLookup)
    XCTAssertEqual(h.state.trainer?.keystrokes, 0)
    h.type("N23460")
    h.perform(.lookupOpenChart)
    XCTAssertEqual(h.state.trainer?.keystrokes, 7)
  }

  func test_reset_asks_first_and_no_leaves_everything_as_it_was() throws {
    let h = try Harness(trainer: true)
    h.type("12834823460")
    h.perform(.lookupOpenChart)
    h.perform(.trainerReset)
    XCTAssertNotNil(h.state.confirm)
    assertSnapshot(h.screen, named: "trainer-reset-confirm")
    h.type("x")
    XCTAssertNotNil(h.state.confirm, "only yes or no answers")
    h.perform(.confirmNo)
    XCTAssertNil(h.state.confirm)
    guard case .chart = h.state.top else { return XCTFail("the chart stays open") }
  }

  func test_reset_confirmed_brings_back_the_seeded_store_with_no_openings() throws {
    let h = try Harness(trainer: true)
    h.type("12834823460")
    h.perform(.lookupOpenChart)
    h.perform(.goLookup)
    guard case .lookup(let before) = h.state.top else { return XCTFail() }
    XCTAssertEqual(before.results.map(\.name.full), ["Kari Nordmann"], "recently opened")
    h.perform(.trainerReset)
    h.perform(.confirmYes)
    XCTAssertEqual(h.state.message?.isError, false)
    guard case .lookup(let after) = h.state.top else { return XCTFail() }
    XCTAssertEqual(after.results, [], "the seeded store has no openings")
    XCTAssertEqual(h.state.trainer?.keystrokes, 0)
    h.type("12834823460")
    h.perform(.lookupOpenChart)
    guard case .chart(let chart) = h.state.top else { return XCTFail("the store works after reset") }
    XCTAssertEqual(chart.summary.recentAccess.count, 1)
  }

  func test_reset_outside_trainer_mode_explains_itself() throws {
    let h = try Harness()
    h.session.dispatch(.action(.trainerReset))
    XCTAssertNil(h.state.confirm)
    XCTAssertEqual(h.state.message?.isError, true)
  }
}

final class ScenarioFlowTests: XCTestCase {
  func kari() -> Scenario {
    Scenario(
      id: "kari-cave", title: [.nb: "Kari Nordmann: sjekk CAVE"], story: [.nb: "Åpne journalen."],
      hint: [.nb: "N23460"], goal: .chartOpened(identifier: "12834823460"), keystrokeBudget: 7,
      mentalSteps: 2, mouse: MouseOperators(points: 3, clicks: 3, homings: 1, keys: 11, mentalSteps: 3),
      keysFile: "kari-cave.keys")
  }

  func test_picking_a_scenario_resets_the_store_counts_its_keys_and_shows_the_result() throws {
    let h = try Harness(trainer: true, scenarios: [kari()])
    h.type("12834823460")
    h.perform(.lookupOpenChart)
    h.perform(.trainerScenarios)
    XCTAssertEqual(h.state.pickerSelection, 0)
    h.perform(.confirmYes)
    XCTAssertNotNil(h.state.confirm, "the brief comes before the start")
    h.perform(.confirmYes)
    XCTAssertEqual(h.state.scenarioRun?.scenario.id, "kari-cave")
    XCTAssertNil(h.state.scenarioRun?.result, "the chart opened before the start does not count")
    h.type("N23460")
    h.perform(.lookupOpenChart)
    XCTAssertEqual(h.state.scenarioRun?.result?.keystrokes, 7)
    XCTAssertTrue(h.text.contains("Mål nådd"), h.text)
    XCTAssertTrue(h.text.contains("KLM-anslag: 4,7 s med"), h.text)
    XCTAssertTrue(h.text.contains("11,4 s med mus"), h.text)
    h.perform(.confirmNo)
    XCTAssertNil(h.state.scenarioRun)
  }

  func test_recording_writes_the_keys_pressed_between_start_and_stop() throws {
    let h = try Harness(trainer: true)
    h.perform(.trainerRecord)
    XCTAssertTrue(h.state.isRecording)
    h.type("N23460")
    h.perform(.lookupOpenChart)
    h.perform(.trainerRecord)
    XCTAssertFalse(h.state.isRecording)
    let files = try FileManager.default.contentsOfDirectory(atPath: h.folder + "/recordings")
    XCTAssertEqual(files.count, 1)
    let text = try String(contentsOfFile: h.folder + "/recordings/" + files[0], encoding: .utf8)
    XCTAssertEqual(text, "text N23460\nenter\n")
    XCTAssertEqual(h.state.message?.isError, false)
  }
}
