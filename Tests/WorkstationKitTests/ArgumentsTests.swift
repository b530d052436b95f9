import Clinical
import Screens
import XCTest

@testable import WorkstationKit

final class ArgumentsTests: XCTestCase {
  func test_options_and_subcommands() throws {
    let a = try Arguments(["--demo", "--lang", "en", "--population", "1000000"])
    XCTAssertTrue(a.demo)
    XCTAssertEqual(a.language, "en")
    XCTAssertEqual(a.population, 1_000_000)
    XCTAssertEqual(try Arguments(["id", "12834823460", "1"]).command, .explainIdentifiers(["12834823460", "1"]))
    XCTAssertEqual(try Arguments(["keys", "--keymap", "x"]).command, .printKeys)
  }

  func test_bad_arguments_name_themselves() {
    XCTAssertThrowsError(try Arguments(["--lang", "de"])) { XCTAssertEqual(($0 as? ArgumentError)?.argument, "--lang de") }
    XCTAssertThrowsError(try Arguments(["--population", "-3"]))
    XCTAssertThrowsError(try Arguments(["--keymap"]))
    XCTAssertThrowsError(try Arguments(["frobnicate"]))
    XCTAssertThrowsError(try Arguments(["--trainer"]), "trainer mode only on the demo store")
    XCTAssertTrue(try Arguments(["--demo", "--trainer"]).trainer)
  }

  func test_identifier_report_lines_in_both_languages() {
    let today = CivilDate(year: 2026, month: 11, day: 27)!
    XCTAssertEqual(
      IdentifierReport.line("12834823460", language: .nb, today: today).0,
      "12834823460: Gyldig syntetisk fødselsnummer (Tenor), født 12.03.1948")
    let (text, valid) = IdentifierReport.line("12834823461", language: .en, today: today)
    XCTAssertFalse(valid)
    XCTAssertEqual(text, "12834823461: Invalid synthetic birth number (Tenor): wrong check digit (digit 11)")
    XCTAssertEqual(IdentifierReport.line("1\u{1B}[2J", language: .en, today: today).0.contains("\u{1B}"), false)
  }
}
