import XCTest

@testable import Clinical

final class IdentifierValidatorTests: XCTestCase {
  let today = CivilDate(year: 2026, month: 11, day: 27)!
  var validator: IdentifierValidator { .inForce(on: today) }

  func explain(_ s: String) -> IdentifierExplanation { validator.explain(s, today: today) }

  /// A number with right check digits for the six date digits, trying individual numbers from
  /// `individual` up until both check digits exist.
  func number(_ six: [Int], individual: Int) -> String {
    for i in individual..<(individual + 40) {
      if let d = Modulus11Rule.complete(six + [i / 100, i / 10 % 10, i % 10]) {
        return d.map(String.init).joined()
      }
    }
    preconditionFailure("no individual number completes \(six)")
  }

  func test_the_domain_example_is_a_valid_birth_number_from_1899() {
    let e = explain("31129956715")
    XCTAssertTrue(e.isValid)
    XCTAssertEqual(e.kind, .birthNumber)
    XCTAssertEqual(e.birthDate, CivilDate(year: 1899, month: 12, day: 31))
  }

  func test_every_scenario_patient_has_a_valid_tenor_number_with_their_birth_date() {
    let expected: [(String, CivilDate)] = [
      ("12834823460", CivilDate(year: 1948, month: 3, day: 12)!),
      ("07917513311", CivilDate(year: 1975, month: 11, day: 7)!),
      ("29829640463", CivilDate(year: 1996, month: 2, day: 29)!),
      ("01813911570", CivilDate(year: 1939, month: 1, day: 1)!),
      ("15864131201", CivilDate(year: 1941, month: 6, day: 15)!),
      ("03890251357", CivilDate(year: 2002, month: 9, day: 3)!),
    ]
    for (number, born) in expected {
      let e = explain(number)
      XCTAssertTrue(e.isValid, "\(number): \(e.problems)")
      XCTAssertEqual(e.kind, .tenorBirthNumber, number)
      XCTAssertTrue(e.kind?.isSynthetic == true)
      XCTAssertEqual(e.birthDate, born, number)
    }
  }

  func test_the_unidentified_legevakt_patient_has_a_valid_h_number() {
    let e = explain("01418010181")
    XCTAssertTrue(e.isValid)
    XCTAssertEqual(e.kind, .hNumber)
    XCTAssertEqual(e.birthDate, CivilDate(year: 1980, month: 1, day: 1))
  }

  func test_d_number_adds_four_to_the_first_digit() {
    let e = explain(number([4, 1, 0, 1, 8, 0], individual: 101))  // 41.01.80: 1 January 1980
    XCTAssertTrue(e.isValid, "\(e.problems)")
    XCTAssertEqual(e.kind, .dNumber)
    XCTAssertEqual(e.birthDate, CivilDate(year: 1980, month: 1, day: 1))
  }

  func test_tenor_d_number_combines_day_plus_forty_and_month_plus_eighty() {
    let digits = number([5, 2, 8, 3, 4, 8], individual: 234)
    let e = explain(digits)
    XCTAssertEqual(e.kind, .tenorDNumber)
    XCTAssertEqual(e.birthDate, CivilDate(year: 1948, month: 3, day: 12))
  }

  func test_fh_number_starts_with_8_or_9_and_carries_no_date() {
    let digits = number([8, 1, 2, 3, 4, 5], individual: 678)
    let e = explain(digits)
    XCTAssertTrue(e.isValid, "\(e.problems)")
    XCTAssertEqual(e.kind, .fhNumber)
    XCTAssertNil(e.birthDate)
  }

  func test_syntpop_number_is_month_plus_65() {
    let digits = number([1, 2, 6, 8, 4, 8], individual: 234)
    XCTAssertEqual(explain(digits).kind, .syntPopNumber)
  }

  func test_a_changed_last_digit_is_explained_as_the_second_check_digit() {
    XCTAssertEqual(explain("12834823461").problems, [.wrongCheckDigit(position: 11)])
  }

  func test_a_changed_tenth_digit_is_explained_as_the_first_check_digit() {
    XCTAssertEqual(explain("12834823450").problems.first, .wrongCheckDigit(position: 10))
  }

  func test_nine_digits_whose_check_digit_would_be_ten_are_never_issued() {
    // 311299567 gives K1 = 1; find nine digits whose K1 is 10 and check the reason.
    var nine = [0, 1, 0, 1, 8, 0, 0, 0, 0]
    while Modulus11Rule.expected(nine, CheckDigitWeights.first, count: 9) != 10 { nine[8] += 1 }
    let e = explain((nine + [0, 0]).map(String.init).joined())
    XCTAssertEqual(e.problems.first, .checkDigitImpossible)
  }

  func test_30_february_is_an_impossible_date_even_with_right_check_digits() {
    let digits = number([3, 0, 0, 2, 8, 0], individual: 123)
    XCTAssertEqual(explain(digits).problems, [.impossibleDate])
  }

  func test_29_february_exists_only_in_leap_years() {
    let leap = number([2, 9, 0, 2, 9, 6], individual: 404)
    XCTAssertTrue(explain(leap).isValid)
    let common = number([2, 9, 0, 2, 9, 7], individual: 404)
    XCTAssertEqual(explain(common).problems, [.impossibleDate])
  }

  func test_individual_number_800_with_year_60_fits_no_century() {
    let digits = number([0, 1, 0, 1, 6, 0], individual: 800)
    XCTAssertEqual(explain(digits).problems, [.unknownCentury])
  }

  func test_century_rules_from_the_individual_number() {
    XCTAssertEqual(IdentifierDecoder.century(individual: 0, yy: 99), 1900)
    XCTAssertEqual(IdentifierDecoder.century(individual: 499, yy: 0), 1900)
    XCTAssertEqual(IdentifierDecoder.century(individual: 600, yy: 60), 1800)
    XCTAssertEqual(IdentifierDecoder.century(individual: 600, yy: 10), 2000)
    XCTAssertEqual(IdentifierDecoder.century(individual: 950, yy: 45), 1900)
    XCTAssertNil(IdentifierDecoder.century(individual: 800, yy: 45))
  }

  func test_a_birth_date_after_today_is_refused() {
    let digits = number([0, 1, 0, 1, 3, 0], individual: 502)  // 01.01.2030
    XCTAssertEqual(explain(digits).problems, [.futureDate])
  }

  func test_length_and_non_digits_are_explained() {
    XCTAssertEqual(explain("1283482346").problems, [.wrongLength(10)])
    XCTAssertEqual(explain("12834a23460").problems, [.notDigits])
    XCTAssertTrue(explain("128348 23460").isValid, "a space after the date part is allowed")
  }

  func test_the_2032_rule_accepts_first_remainders_up_to_three_and_only_from_2032() throws {
    // Nine digits, then a K1 leaving remainder 2: wrong under today's rule, right from 2032.
    let nine = [0, 1, 0, 1, 3, 2, 5, 0, 0]
    let base = nine.enumerated().reduce(0) { $0 + $1.element * CheckDigitWeights.first[$1.offset] }
    let k1 = (0...9).first { (base + $0) % 11 == 2 }!
    let k2 = Modulus11Rule.expected(nine + [k1], CheckDigitWeights.second, count: 10)
    try XCTSkipIf(k2 == 10, "this date needs another individual number")
    let number = (nine + [k1, k2]).map(String.init).joined()
    let in2033 = CivilDate(year: 2033, month: 1, day: 1)!
    let new = IdentifierValidator.inForce(on: in2033).explain(number, today: in2033)
    XCTAssertTrue(new.isValid, "\(new.problems)")
    XCTAssertTrue(new.issuedUnder2032Rule)
    let old = IdentifierValidator(rules: [Modulus11Rule()]).explain(number, today: in2033)
    XCTAssertEqual(old.problems, [.wrongCheckDigit(position: 10)])
  }

  func test_validator_takes_any_rule_so_the_final_2032_algorithm_is_one_change() {
    struct RejectAll: CheckDigitRule {
      var name: String { "reject" }
      func problem(in digits: [Int]) -> IdentifierProblem? { .wrongCheckDigit(position: 11) }
    }
    let v = IdentifierValidator(rules: [RejectAll()])
    XCTAssertEqual(v.explain("12834823460", today: today).problems, [.wrongCheckDigit(position: 11)])
  }
}
