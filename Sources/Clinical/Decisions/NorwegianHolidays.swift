/// Norwegian public holidays (helligdager and høgtidsdager): the days a deadline cannot end on.
///
/// Sources: lov om helligdager og helligdagsfred § 2 (Sundays, 1 January, Maundy Thursday, Good
/// Friday, Easter Sunday and Monday, Ascension Day, Whit Sunday and Monday, 25 and 26 December)
/// and lov om 1. og 17. mai som høgtidsdager (1 and 17 May).
public enum NorwegianHolidays {
  /// Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus/Jones/Butcher).
  public static func easterSunday(_ year: Int) -> CivilDate {
    let a = year % 19
    let b = year / 100
    let c = year % 100
    let d = b / 4
    let e = b % 4
    let f = (b + 8) / 25
    let g = (b - f + 1) / 3
    let h = (19 * a + b - d - g + 15) % 30
    let i = c / 4
    let k = c % 4
    let l = (32 + 2 * e + 2 * i - h - k) % 7
    let m = (a + 11 * h + 22 * l) / 451
    let month = (h + l - 7 * m + 114) / 31
    let day = (h + l - 7 * m + 114) % 31 + 1
    // The algorithm yields 22 March to 25 April only.
    return CivilDate(year: year, month: month, day: day)!
  }

  /// The public holidays of a year other than Sundays, in date order.
  public static func holidays(_ year: Int) -> [CivilDate] {
    let easter = easterSunday(year)
    let fixed = [(1, 1), (5, 1), (5, 17), (12, 25), (12, 26)].compactMap { CivilDate(year: year, month: $0.0, day: $0.1) }
    let moving = [-3, -2, 0, 1, 39, 49, 50].map { easter.adding(days: $0) }
    return (fixed + moving).sorted()
  }

  public static func isHoliday(_ date: CivilDate) -> Bool { holidays(date.year).contains(date) }

  /// Monday is 1, Sunday 7 (ISO 8601). 1 January 1970 was a Thursday.
  public static func weekday(_ date: CivilDate) -> Int {
    let fromThursday = ((date.dayNumber % 7) + 7) % 7
    return (fromThursday + 3) % 7 + 1
  }

  /// A working day: not a Saturday, a Sunday or a public holiday.
  public static func isWorkingDay(_ date: CivilDate) -> Bool {
    weekday(date) <= 5 && !isHoliday(date)
  }
}
