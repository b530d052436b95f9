import Screens
import XCTest

/// The 80x24 checkpoints of the foundation, as golden files.
final class GoldenScreenTests: XCTestCase {
  func test_lookup_with_results_for_name_fragments() throws {
    let h = try Harness()
    h.type("nordm kari")
    assertSnapshot(h.screen, named: "lookup-results")
  }

  func test_empty_prompt_shows_recently_opened_patients() throws {
    let h = try Harness()
    h.type("12834823460")
    h.perform(.lookupOpenChart)
    h.perform(.goLookup)
    h.type("29829640463")
    h.perform(.lookupOpenChart)
    h.perform(.goLookup)
    assertSnapshot(h.screen, named: "lookup-recent")
  }

  func test_invalid_number_is_explained() throws {
    let h = try Harness()
    h.type("12834823461")
    assertSnapshot(h.screen, named: "lookup-invalid-number")
  }

  func test_patient_summary_with_cave() throws {
    let h = try Harness()
    h.type("12834823460")
    h.perform(.lookupOpenChart)
    assertSnapshot(h.screen, named: "chart-summary-cave")
  }

  /// Ola after a legevakt visit: vitals with NEWS2, a signed note and a dose, on one screen.
  func test_ola_nordmanns_summary_after_a_legevakt_visit() throws {
    let h = try Harness()
    h.type("07917513311")
    h.perform(.lookupOpenChart)
    h.perform(.chartVitals)
    for value in ["20", "96", "", "L", "128", "104", "A"] {
      h.type(value)
      h.perform(.formNextField)
    }
    h.type("38,6")
    h.perform(.formSubmit)
    h.perform(.chartNewNote)
    h.type("Sår hals og feber i tre dager. Ingen tegn til abscess.")
    h.perform(.codeSearch)
    h.type("R74")
    h.perform(.codePick)
    h.perform(.noteSign)
    h.perform(.chartGiveDose)
    h.type("p")
    h.perform(.dosePick)
    h.perform(.formSubmit)
    assertSnapshot(h.screen, named: "chart-summary-ola")
  }

  func test_help_for_the_lookup_screen() throws {
    let h = try Harness()
    h.perform(.appHelp)
    assertSnapshot(h.screen, named: "help-lookup")
  }

  func test_summary_in_english() throws {
    let h = try Harness(language: .en)
    h.type("12834823460")
    h.perform(.lookupOpenChart)
    assertSnapshot(h.screen, named: "chart-summary-cave-en")
  }

  func test_terminal_below_80x24_asks_for_a_bigger_one() throws {
    let h = try Harness()
    h.resize(Size(width: 60, height: 20))
    assertSnapshot(h.screen, named: "too-small")
  }
}
