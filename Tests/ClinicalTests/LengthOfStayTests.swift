import Clinical
import XCTest

final class LengthOfStayTests: XCTestCase {
  func date(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }

  func test_a_stay_across_a_quarter_boundary_counts_whole_in_the_quarter_it_ended() {
    let stay = LengthOfStay.CompletedStay(municipality: "5001", stayType: .shortTerm, admitted: date(2026, 3, 20), discharged: date(2026, 4, 10))
    XCTAssertEqual(stay.nights, 21)
    XCTAssertEqual(stay.quarter, LengthOfStay.Quarter(year: 2026, quarter: 2))
  }

  func test_nights_count_midnights_and_ignore_clock_changes() {
    // Across the spring clock change (29 March 2026) a night is still a night.
    XCTAssertEqual(LengthOfStay.CompletedStay(municipality: "x", stayType: .respite, admitted: date(2026, 3, 28), discharged: date(2026, 3, 30)).nights, 2)
    XCTAssertEqual(LengthOfStay.CompletedStay(municipality: "x", stayType: .respite, admitted: date(2026, 5, 1), discharged: date(2026, 5, 1)).nights, 0, "same-day stay")
    XCTAssertEqual(LengthOfStay.CompletedStay(municipality: "x", stayType: .longTerm, admitted: date(2023, 12, 31), discharged: date(2024, 12, 31)).nights, 366, "leap year")
  }

  func test_averages_per_municipality_and_for_the_region_weigh_every_stay_the_same() {
    let stays = [
      LengthOfStay.CompletedStay(municipality: "5001", stayType: .shortTerm, admitted: date(2026, 1, 1), discharged: date(2026, 1, 11)),
      LengthOfStay.CompletedStay(municipality: "5001", stayType: .shortTerm, admitted: date(2026, 1, 1), discharged: date(2026, 1, 21)),
      LengthOfStay.CompletedStay(municipality: "5035", stayType: .shortTerm, admitted: date(2026, 2, 1), discharged: date(2026, 3, 3)),
      LengthOfStay.CompletedStay(municipality: "5035", stayType: .longTerm, admitted: date(2025, 1, 1), discharged: date(2026, 2, 1)),
    ]
    // As the store sums them: per municipality, stay type and quarter.
    let aggregates = Dictionary(grouping: stays) { "\($0.municipality)\($0.stayType)\($0.quarter.key)" }.values.map { group in
      LengthOfStay.Aggregate(
        municipality: group[0].municipality, stayType: group[0].stayType, quarter: group[0].quarter,
        nights: group.reduce(0) { $0 + $1.nights }, stays: group.count)
    }
    let q1 = LengthOfStay.Quarter(year: 2026, quarter: 1)
    XCTAssertEqual(LengthOfStay.averages(aggregates, type: .shortTerm, municipality: "5001")[q1]?.nights, 15)
    XCTAssertEqual(LengthOfStay.averages(aggregates, type: .shortTerm, municipality: nil)[q1]?.nights, 20, "(10 + 20 + 30) / 3")
    XCTAssertEqual(LengthOfStay.averages(aggregates, type: .shortTerm, municipality: nil)[q1]?.stays, 3)
    XCTAssertEqual(LengthOfStay.averages(aggregates, type: .longTerm, municipality: "5001").count, 0)
  }

  func test_quarters_step_back_across_the_year() {
    XCTAssertEqual(LengthOfStay.Quarter(year: 2026, quarter: 1).previous, LengthOfStay.Quarter(year: 2025, quarter: 4))
    XCTAssertEqual(LengthOfStay.Quarter(date(2026, 12, 31)).quarter, 4)
    XCTAssertEqual(LengthOfStay.Quarter(key: 20263), LengthOfStay.Quarter(year: 2026, quarter: 3))
  }
}

final class DayNumberTests: XCTestCase {
  func test_day_numbers_count_real_days_and_adding_days_lands_on_real_dates() {
    XCTAssertEqual(CivilDate(year: 1970, month: 1, day: 1)!.dayNumber, 0)
    XCTAssertEqual(CivilDate(year: 2024, month: 3, day: 1)!.dayNumber - CivilDate(year: 2024, month: 2, day: 28)!.dayNumber, 2)
    XCTAssertEqual(CivilDate(year: 2026, month: 11, day: 27)!.adding(days: 35), CivilDate(year: 2027, month: 1, day: 1)!)
    XCTAssertEqual(CivilDate(year: 2024, month: 3, day: 1)!.adding(days: -1), CivilDate(year: 2024, month: 2, day: 29)!)
    XCTAssertEqual(CivilDate(year: 1900, month: 3, day: 1)!.adding(days: -1), CivilDate(year: 1900, month: 2, day: 28)!)
    var date = CivilDate(year: 1999, month: 12, day: 31)!
    for _ in 0..<800 {
      let next = date.adding(days: 1)
      XCTAssertEqual(next.dayNumber, date.dayNumber + 1)
      date = next
    }
  }
}
