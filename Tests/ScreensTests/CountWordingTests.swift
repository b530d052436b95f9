import Screens
import XCTest

/// A count of one reads in the singular in both languages: "1 rows to settle" was on screen.
final class CountWordingTests: XCTestCase {
  func test_one_row_one_match_and_one_unsettled_row_are_singular() {
    XCTAssertEqual(Language.en.text(.medrecOpen(1)), "1 row to settle")
    XCTAssertEqual(Language.nb.text(.medrecOpen(1)), "1 rad å avklare")
    XCTAssertEqual(Language.en.text(.medrecOpen(2)), "2 rows to settle")
    XCTAssertEqual(Language.en.text(.codeSearchHint(matches: 1)), "1 match")
    XCTAssertEqual(Language.en.text(.medrecUnresolved(1)), "Cannot sign: 1 row is not settled.")
    XCTAssertEqual(Language.nb.text(.medrecUnresolved(1)), "Kan ikke signere: 1 rad er ikke avklart.")
    XCTAssertEqual(Language.nb.text(.medrecUnresolved(3)), "Kan ikke signere: 3 rader er ikke avklart.")
  }
}
