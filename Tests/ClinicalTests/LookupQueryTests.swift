import XCTest

@testable import Clinical

final class LookupQueryTests: XCTestCase {
  let today = CivilDate(year: 2026, month: 11, day: 27)!

  func parse(_ s: String) -> LookupQuery {
    LookupQuery.parse(s, today: today, validator: .inForce(on: today))
  }

  func test_empty_prompt_means_recent_patients() {
    XCTAssertEqual(parse(""), .recent)
    XCTAssertEqual(parse("   "), .recent)
  }

  func test_eleven_digits_are_one_number_explained() {
    guard case .identifier(let e) = parse("12834823460") else { return XCTFail() }
    XCTAssertTrue(e.isValid)
    guard case .identifier(let split) = parse("128348 23460") else { return XCTFail() }
    XCTAssertEqual(split.value, "12834823460")
  }

  func test_six_digits_that_are_a_date_search_both_centuries_up_to_today() {
    guard case .birthDate(let dates, _, let words) = parse("120348") else { return XCTFail() }
    XCTAssertEqual(dates, [CivilDate(year: 1948, month: 3, day: 12)!])
    XCTAssertEqual(words, [])
    guard case .birthDate(let both, _, _) = parse("010105") else { return XCTFail() }
    XCTAssertEqual(both, [CivilDate(year: 2005, month: 1, day: 1)!, CivilDate(year: 1905, month: 1, day: 1)!])
  }

  func test_a_date_with_dots_and_a_name_fragment() {
    guard case .birthDate(let dates, _, let words) = parse("12.03.1948 nordm") else { return XCTFail() }
    XCTAssertEqual(dates, [CivilDate(year: 1948, month: 3, day: 12)!])
    XCTAssertEqual(words, ["nordm"])
  }

  func test_digits_that_are_no_date_are_the_start_of_a_number() {
    XCTAssertEqual(parse("1283"), .identifierPrefix("1283"))
    XCTAssertEqual(parse("128348"), .identifierPrefix("128348"))
  }

  func test_vista_initial_and_personal_number() {
    XCTAssertEqual(parse("N2346"), .initialAndDigits(initial: "n", digits: "2346"))
    XCTAssertEqual(parse("ø123"), .initialAndDigits(initial: "ø", digits: "123"))
  }

  func test_name_fragments_in_any_order_are_folded_with_aeoeaa_kept() {
    XCTAssertEqual(parse("Nordm KARI"), .name(["nordm", "kari"]))
    XCTAssertEqual(parse("ØDEGÅRD, Åse"), .name(["ødegård", "åse"]))
  }
}
