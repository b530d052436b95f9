import Screens
import XCTest

@testable import WorkstationKit

final class KeymapTests: XCTestCase {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  func shipped(_ name: String) throws -> String {
    try String(contentsOf: Self.repository.appendingPathComponent("Keymaps/\(name)"), encoding: .utf8)
  }

  func defaultKeymap() throws -> Keymap {
    var k = Keymap()
    try k.merge(try shipped("default.keymap"), file: "default.keymap")
    return k
  }

  func problem(_ text: String) -> KeymapError? {
    var k = Keymap()
    do {
      try k.merge(text, file: "bad.keymap")
      return nil
    } catch {
      return error
    }
  }

  func test_unknown_action_is_an_error_with_file_and_line() {
    let e = problem("[global]\nf1 = app.help\nf2 = app.fly\n")
    XCTAssertEqual(e, KeymapError(file: "bad.keymap", line: 3, problem: .unknownAction("app.fly")))
    XCTAssertEqual(e?.message(.en), "bad.keymap:3: keymap: unknown action “app.fly”")
  }

  func test_duplicate_key_in_one_section_names_the_first_line() {
    XCTAssertEqual(
      problem("[global]\nf1 = app.help\n\nf1 = app.quit\n")?.problem, .duplicateKey("f1", firstLine: 2))
  }

  func test_a_key_that_starts_a_sequence_in_the_same_section_is_a_conflict() {
    XCTAssertEqual(problem("[chart]\ng = list.first\ng g = list.last\n")?.problem, .prefixConflict("g", other: "g g"))
  }

  func test_unknown_section_key_and_missing_equals_are_errors() {
    XCTAssertEqual(problem("[nowhere]\n")?.problem, .unknownSection("nowhere"))
    XCTAssertEqual(problem("[global]\nhyper+x = app.quit\n")?.problem, .unknownKey("hyper+x"))
    XCTAssertEqual(problem("[global]\nf1 app.help\n")?.problem, .missingEquals)
    XCTAssertEqual(problem("f1 = app.help\n")?.problem, .bindingOutsideSection)
  }

  func test_a_bad_file_never_half_applies() throws {
    var k = try defaultKeymap()
    let before = k.bindings
    XCTAssertThrowsError(try k.merge("[global]\nf3 = app.quit\nf4 = nope\n", file: "user"))
    XCTAssertEqual(k.bindings, before)
  }

  func test_a_user_file_replaces_a_default_key_and_keeps_the_rest() throws {
    var k = try defaultKeymap()
    try k.merge("[global]\nf2 = app.help  # mine\n", file: "user")
    XCTAssertEqual(k.resolve([Key(.function(2))], contexts: [.global], textFocus: false), .action(.appHelp))
    XCTAssertEqual(k.resolve([Key(.function(1))], contexts: [.global], textFocus: false), .action(.appHelp))
    XCTAssertEqual(k.bindings.last?.note, "mine")
  }

  func test_the_default_keymap_binds_every_contract_action() throws {
    let k = try defaultKeymap()
    let contract: [Action] = [
      .appQuit, .appHelp, .goLookup, .goBack, .listNext, .listPrev, .listPageDown, .listPageUp,
      .lookupOpenChart, .formNextField, .formPrevField, .formSubmit, .formCancel,
    ]
    for action in contract {
      XCTAssertTrue(k.bindings.contains { $0.action == action }, action.rawValue)
    }
  }

  func test_every_action_is_bound_in_the_default_keymap_or_listed_as_unbound() throws {
    let k = try defaultKeymap()
    let deliberatelyUnbound: Set<Action> = []
    for action in Action.allCases where !deliberatelyUnbound.contains(action) {
      XCTAssertTrue(k.bindings.contains { $0.action == action }, "\(action.rawValue) is not bound")
    }
  }

  func test_go_lookup_works_from_every_screen_even_while_a_list_has_focus() throws {
    let k = try defaultKeymap()
    let f2 = [Key(.function(2))]
    for contexts: [KeymapContext] in [
      [.field, .patientLookup, .list, .global], [.chart, .list, .global], [.help, .list, .global],
    ] {
      XCTAssertEqual(k.resolve(f2, contexts: contexts, textFocus: contexts.contains(.field)), .action(.goLookup))
    }
  }

  func test_letters_are_text_in_the_prompt_but_commands_in_the_chart() throws {
    var k = try defaultKeymap()
    try k.merge(try shipped("vim.keymap"), file: "vim.keymap")
    XCTAssertEqual(k.resolve([.char("j")], contexts: [.field, .patientLookup, .list, .global], textFocus: true), .text("j"))
    XCTAssertEqual(k.resolve([.char("j")], contexts: [.chart, .list, .global], textFocus: false), .action(.listNext))
    XCTAssertEqual(k.resolve([.char("g")], contexts: [.chart, .list, .global], textFocus: false), .pending)
    XCTAssertEqual(k.resolve([.char("g"), .char("g")], contexts: [.chart, .list, .global], textFocus: false), .action(.listFirst))
    XCTAssertEqual(k.resolve([Key(.up)], contexts: [.field, .patientLookup, .list, .global], textFocus: true), .action(.listPrev))
  }

  func test_printing_the_effective_map_reads_back_to_the_same_bindings() throws {
    let k = try defaultKeymap()
    var again = Keymap()
    try again.merge(k.rendered(), file: "printed")
    func lines(_ k: Keymap) -> Set<String> { Set(k.bindings.map { "\($0.context) \($0.keyText) \($0.action)" }) }
    XCTAssertEqual(lines(again), lines(k))
  }

  func test_key_names_round_trip() {
    for name in ["ctrl+q", "shift+tab", "f12", "alt+x", "pgdn", "A", "/", "ctrl+alt+shift+left"] {
      XCTAssertEqual(Key(name: name)?.description, name)
    }
    XCTAssertEqual(Key(name: "ctrl+Q")?.description, "ctrl+q")
    XCTAssertNil(Key(name: "f13"))
  }
}
