/// A calendar date without time or zone: birth dates, deadlines. Comparable as year, month, day.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  /// Returns nil for a date that does not exist (30 February, 29 February in a common year).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1,
      day <= CivilDate.daysIn(month: month, year: year)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// The date as one sortable integer, YYYYMMDD: the store's representation.
  public var ordinal: Int { year * 10_000 + month * 100 + day }

  public init?(ordinal: Int) {
    self.init(year: ordinal / 10_000, month: ordinal / 100 % 100, day: ordinal % 100)
  }

  public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.ordinal < rhs.ordinal }

  /// Days since 1 January 1970, for counting days between dates (H. Hinnant's days_from_civil).
  public var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The date `days` later (earlier when negative).
  public func adding(days: Int) -> CivilDate {
    let z = dayNumber + days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let d = dayOfYear - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    // The arithmetic only yields real dates.
    return CivilDate(year: yearOfEra + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)!
  }

  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Completed years on `date`. Someone born on 29 February has a birthday on 1 March in a
  /// common year, as the Norwegian population register counts it.
  public func age(on date: CivilDate) -> Int {
    var years = date.year - year
    if (date.month, date.day) < (month, day) { years -= 1 }
    return max(0, years)
  }

  /// DD.MM.YYYY, the Norwegian way of writing a date.
  public var description: String {
    "\(CivilDate.pad(day)).\(CivilDate.pad(month)).\(year)"
  }

  /// YYYY-MM-DD (ISO 8601), as files and FHIR write a date.
  public var iso: String { "\(year)-\(CivilDate.pad(month))-\(CivilDate.pad(day))" }

  static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

extension CivilDate {
  /// The same day `months` later, or the month's last day when it has no such day
  /// (31 January + 1 month is 28 or 29 February).
  public func adding(months: Int) -> CivilDate {
    let total = year * 12 + (month - 1) + months
    let y = total / 12
    let m = total % 12 + 1
    return CivilDate(year: y, month: m, day: min(day, CivilDate.daysIn(month: m, year: y)))!
  }
}
