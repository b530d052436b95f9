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

  /// The one-pass search key must give what folding and collating give, for names of ASCII and
  /// Norwegian letters and for everything that has to go the general way.
  func test_the_search_key_is_folding_then_collating() {
    let pieces = [
      "a", "Z", "k", " ", "  ", "-", ",", "\t", "{", "|", "}", "æ", "Æ", "ø", "Ø", "å", "Å", "ä", "Ö", "é", "ü",
      "\u{301}", "a\u{30A}", "\r\n", "1", "'", "Ω", "ß",
    ]
    var random = SeededGenerator(seed: 7)
    for _ in 0..<20_000 {
      let text = (0..<random.below(9)).map { _ in pieces[random.below(pieces.count)] }.joined()
      XCTAssertEqual(NameKey.searchKey(text), NameKey.collating(NameKey.fold(text)), text.debugDescription)
    }
    XCTAssertEqual(NameKey.searchKey(" Berg-Hansen, Kari Ødegård "), "berg hansen kari |deg}rd")
  }
}
