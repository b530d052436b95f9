import XCTest

@testable import Clinical

final class NameKeyTests: XCTestCase {
  func test_capital_oe_matches_small_oe() {
    XCTAssertEqual(NameKey.fold("ØDEGÅRD"), NameKey.fold("ødegård"))
  }

  func test_aa_is_a_letter_of_its_own_not_a() {
    XCTAssertNotEqual(NameKey.fold("Ås"), NameKey.fold("As"))
    XCTAssertEqual(NameKey.fold("Ærlig"), "ærlig")
  }

  func test_foreign_accents_fold_away_and_swedish_letters_meet_norwegian() {
    XCTAssertEqual(NameKey.fold("Hélène Müller"), "helene muller")
    XCTAssertEqual(NameKey.fold("Öberg Äng"), "øberg æng")
  }

  func test_hyphens_commas_and_runs_of_spaces_separate_words() {
    XCTAssertEqual(NameKey.words("Berg-Hansen,  Kari"), ["berg", "hansen", "kari"])
  }
}
