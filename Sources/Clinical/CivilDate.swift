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

  static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
