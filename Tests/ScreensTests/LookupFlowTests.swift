import Clinical
import Screens
import Store
import XCTest

/// The clinician's path through lookup and chart, asserted by meaning at every step.
final class LookupFlowTests: XCTestCase {
  func lookup(_ h: Harness) -> LookupState? {
    if case .lookup(let s) = h.state.top { return s }
    return nil
  }

  func test_typing_kari_nordmanns_number_and_enter_opens_her_chart_in_12_keystrokes() throws {
    let h = try Harness()
    h.type("12834823460")
    XCTAssertEqual(lookup(h)?.results.map(\.name.full), ["Kari Nordmann"])
    h.perform(.lookupOpenChart)
    guard case .chart(let chart) = h.state.top else { return XCTFail("chart did not open") }
    XCTAssertEqual(chart.summary.listing.identifier, "12834823460")
    XCTAssertTrue(h.text.contains("!CAVE"))
    XCTAssertTrue(h.text.contains("Penicillin"))
  }

  func test_every_keystroke_searches_and_old_answers_are_dropped() throws {
    var state = try Harness().state
    let first = AppReducer.reduce(&state, .text("k"))
    let second = AppReducer.reduce(&state, .text("a"))
    guard case .search(_, let g1, _) = first.first, case .search(let q, let g2, _) = second.first else {
      return XCTFail("each keystroke asks for a search: \(first) \(second)")
    }
    XCTAssertEqual(q, .name(["ka"]))
    XCTAssertGreaterThan(g2, g1)
    let stale = PatientListing(
      id: 99, name: PersonName(given: "Stale", family: "Answer"),
      birthDate: CivilDate(year: 1950, month: 1, day: 1)!, sex: .male, identifier: "x",
      identifierKind: .birthNumber, municipalityName: nil, gpName: nil)
    _ = AppReducer.reduce(&state, .searchFinished(generation: g1, [stale]))
    guard case .lookup(let s) = state.top else { return XCTFail() }
    XCTAssertFalse(s.results.contains(stale))
  }

  func test_a_chart_with_notes_from_others_is_marked_first_on_the_opening_list() throws {
    let h = try Harness()
    var gunnhild = PatientListing(
      id: 98, name: PersonName(given: "Gunnhild", family: "Prøve"),
      birthDate: CivilDate(year: 1972, month: 9, day: 13)!, sex: .female, identifier: "13497248005",
      identifierKind: .hNumber, municipalityName: "Trondheim", gpName: nil)
    gunnhild.newNotes = 1
    h.session.dispatch(.recentLoaded([gunnhild]))
    let row = h.text.split(separator: "\n").first { $0.contains("Prøve, Gunnhild") }.map(String.init) ?? ""
    XCTAssertTrue(row.hasPrefix("●"), h.text)
    XCTAssertTrue(h.text.contains("● nytt fra andre: 1 journal · så sist åpnet av deg"), h.text)
  }

  func test_list_next_and_prev_move_the_selection_within_the_results() throws {
    let h = try Harness()
    h.type("a")
    XCTAssertEqual(lookup(h)?.selection, 0)
    h.perform(.listNext)
    h.perform(.listNext)
    XCTAssertEqual(lookup(h)?.selection, 2)
    h.perform(.listPrev)
    XCTAssertEqual(lookup(h)?.selection, 1)
    h.perform(.listPageDown)
    // A page is the 17 visible rows at 80x24 (24 less status, message, footer and 4 header rows).
    XCTAssertEqual(lookup(h)?.selection, 1 + 17)
    h.perform(.listPageUp)
    h.perform(.listPageUp)
    XCTAssertEqual(lookup(h)?.selection, 0)
  }

  func test_go_lookup_works_from_the_chart_and_returns_to_an_empty_prompt_with_recent() throws {
    let h = try Harness()
    h.type("jonas lie")
    h.perform(.lookupOpenChart)
    guard case .chart = h.state.top else { return XCTFail() }
    h.perform(.listNext)
    h.perform(.goLookup)
    XCTAssertEqual(lookup(h)?.field.text, "")
    XCTAssertEqual(lookup(h)?.results.first?.name.full, "Jonas Lie")
  }

  func test_go_back_closes_the_chart_then_clears_the_prompt() throws {
    let h = try Harness()
    h.type("kari nordm")
    h.perform(.lookupOpenChart)
    h.perform(.goBack)
    XCTAssertEqual(lookup(h)?.field.text, "kari nordm")
    h.perform(.goBack)
    XCTAssertEqual(lookup(h)?.field.text, "")
  }

  func test_enter_without_a_match_says_so_and_opens_nothing() throws {
    let h = try Harness()
    h.type("qxzz")
    h.perform(.lookupOpenChart)
    XCTAssertNotNil(lookup(h))
    XCTAssertEqual(h.state.message?.isError, true)
  }

  func test_help_toggles_and_go_back_closes_it() throws {
    let h = try Harness()
    h.perform(.appHelp)
    XCTAssertNotNil(h.state.help)
    XCTAssertTrue(h.text.contains("lookup.open-chart"))
    h.perform(.goBack)
    XCTAssertNil(h.state.help)
  }

  func test_help_wraps_a_long_description_instead_of_cutting_its_action_name() throws {
    let h = try Harness()
    h.type("07917513311")
    h.perform(.lookupOpenChart)
    h.perform(.appHelp)
    XCTAssertTrue(h.text.contains("chart.access-log"), h.text)
    XCTAssertFalse(h.text.contains("…"), h.text)
  }

  func test_below_80x24_keys_do_nothing_but_quit() throws {
    let h = try Harness()
    h.resize(Size(width: 79, height: 24))
    h.type("12834823460")
    h.press("enter")
    XCTAssertEqual(lookup(h)?.field.text, "")
    h.perform(.appQuit)
    XCTAssertTrue(h.state.isQuitting)
  }

  func test_control_characters_in_typed_or_pasted_text_never_reach_the_screen() throws {
    let h = try Harness()
    h.session.dispatch(.text("kari\u{1B}[31m\u{202E}"))
    XCTAssertEqual(lookup(h)?.field.text, "kari")
    XCTAssertFalse(h.screen.contains("\u{1B}"))
  }

  func test_a_huge_paste_is_cut_to_the_field_and_says_so() throws {
    let h = try Harness()
    h.session.dispatch(.text(String(repeating: "a", count: 10_000)))
    XCTAssertEqual(lookup(h)?.field.text.count, 100)
    XCTAssertEqual(h.state.message?.isError, true)
  }

  func test_wider_terminal_uses_the_extra_columns() throws {
    let h = try Harness(size: Size(width: 120, height: 40))
    h.type("nordm kari")
    XCTAssertTrue(h.text.contains("Nordmann, Kari"))
    XCTAssertEqual(h.session.render().size, Size(width: 120, height: 40))
  }
}

final class LookupPagingTests: XCTestCase {
  func test_a_search_fetches_a_screenful_plus_one_and_paging_past_it_fetches_more() throws {
    let h = try Harness(population: 2_000)
    h.type("a")
    guard case .lookup(let first) = h.state.top else { return XCTFail() }
    XCTAssertEqual(first.results.count, 18, "17 visible rows at 80x24, plus one to know there are more")
    XCTAssertTrue(first.hasMore)
    h.perform(.listPageDown)
    h.perform(.listPageDown)
    guard case .lookup(let paged) = h.state.top else { return XCTFail() }
    XCTAssertEqual(paged.selection, 34)
    XCTAssertGreaterThan(paged.results.count, 34)
    XCTAssertEqual(Set(paged.results.map(\.id)).count, paged.results.count)
  }
}

final class KeySequenceTests: XCTestCase {
  func test_the_start_of_a_sequence_shows_in_the_footer_until_it_completes() throws {
    let vim = try String(
      contentsOf: Harness.repository.appendingPathComponent("Keymaps/vim.keymap"), encoding: .utf8)
    let h = try Harness(keymap: vim)
    h.type("a")
    h.perform(.lookupOpenChart)
    guard case .chart = h.state.top else { return XCTFail("chart did not open") }
    h.perform(.appHelp)
    h.press("j j")
    XCTAssertEqual(h.state.help?.scroll, 2)
    h.press("g")
    XCTAssertEqual(h.state.pendingKeys, "g")
    XCTAssertTrue(h.text.split(separator: "\n").last?.hasPrefix("g …") == true, h.text)
    h.press("g")
    XCTAssertNil(h.state.pendingKeys)
    XCTAssertEqual(h.state.help?.scroll, 0)
  }
}

final class HostileTextTests: XCTestCase {
  func test_escape_sequences_stored_in_a_name_are_never_drawn() throws {
    let h = try Harness()
    let db = try SQLiteDatabase(path: h.folder + "/demo.sqlite", create: false)
    try db.prepare("UPDATE patient SET given = ? WHERE id = 1")
      .bind(1, "Kari\u{1B}[2J\u{1B}]0;pwned\u{07}\u{202E}X").run()
    h.type("12834823460")
    h.perform(.lookupOpenChart)
    let screen = h.screen
    XCTAssertFalse(screen.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
    XCTAssertTrue(h.text.contains("NORDMANN, KariX"), h.text)
  }
}
