import Clinical
import XCTest

final class AppealDeadlineTests: XCTestCase {
  func date(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }

  func test_easter_sundays_of_known_years() {
    XCTAssertEqual(NorwegianHolidays.easterSunday(2024), date(2024, 3, 31))
    XCTAssertEqual(NorwegianHolidays.easterSunday(2025), date(2025, 4, 20))
    XCTAssertEqual(NorwegianHolidays.easterSunday(2026), date(2026, 4, 5))
    XCTAssertEqual(NorwegianHolidays.easterSunday(2027), date(2027, 3, 28))
    XCTAssertEqual(NorwegianHolidays.easterSunday(2038), date(2038, 4, 25), "the latest possible")
    XCTAssertEqual(NorwegianHolidays.easterSunday(2285), date(2285, 3, 22), "the earliest possible")
  }

  func test_the_holidays_of_2026() {
    XCTAssertEqual(NorwegianHolidays.holidays(2026), [
      date(2026, 1, 1), date(2026, 4, 2), date(2026, 4, 3), date(2026, 4, 5), date(2026, 4, 6),
      date(2026, 5, 1), date(2026, 5, 14), date(2026, 5, 17), date(2026, 5, 24), date(2026, 5, 25),
      date(2026, 12, 25), date(2026, 12, 26),
    ])
    XCTAssertEqual(NorwegianHolidays.weekday(date(2026, 11, 27)), 5, "a Friday")
    XCTAssertEqual(NorwegianHolidays.weekday(date(1970, 1, 1)), 4, "a Thursday")
  }

  /// Received, legal basis, deadline: each row one rule.
  func test_deadline_table() {
    let rows: [(CivilDate, AppealDeadline.LegalBasis, CivilDate, String)] = [
      (date(2026, 11, 2), .patientRightsAct, date(2026, 11, 30), "four weeks, a Monday"),
      (date(2026, 11, 2), .publicAdministrationAct, date(2026, 11, 23), "three weeks"),
      (date(2026, 10, 31), .patientRightsAct, date(2026, 11, 30), "ends Saturday 28.11: moves to Monday"),
      (date(2026, 11, 29), .patientRightsAct, date(2026, 12, 28), "ends Sunday 27.12 after Christmas: Monday 28.12"),
      (date(2026, 11, 27), .patientRightsAct, date(2026, 12, 28), "ends Friday 25.12, then the weekend and 26.12"),
      (date(2026, 12, 11), .publicAdministrationAct, date(2027, 1, 4), "ends Friday 1 January across the year"),
      (date(2026, 3, 6), .patientRightsAct, date(2026, 4, 7), "ends Good Friday 3.4: past Easter to Tuesday"),
      (date(2026, 3, 5), .patientRightsAct, date(2026, 4, 7), "ends Maundy Thursday 2.4"),
      (date(2026, 4, 16), .patientRightsAct, date(2026, 5, 15), "ends Ascension Day 14.5: Friday"),
      (date(2026, 4, 26), .publicAdministrationAct, date(2026, 5, 18), "ends Sunday 17 May: Monday"),
      (date(2026, 4, 27), .patientRightsAct, date(2026, 5, 26), "ends Whit Monday 25.5"),
      (date(2026, 4, 10), .publicAdministrationAct, date(2026, 5, 4), "ends Friday 1 May, then the weekend"),
    ]
    for (received, basis, expected, why) in rows {
      XCTAssertEqual(AppealDeadline.deadline(received: received, basis: basis), expected, why)
    }
  }
}
