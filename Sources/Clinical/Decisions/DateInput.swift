/// A date typed into a form, the way case officers write them: "01.12.2026", "011226",
/// "1.12" (this year), a weekday ("mandag", "man", "monday": the next one after today),
/// "+3m" / "+2u" / "+10" (months, weeks or days from a given date), or "i dag" / "today".
public enum DateInput {
  public static func parse(_ typed: String, today: CivilDate, from base: CivilDate? = nil) -> CivilDate? {
    let text = typed.lowercased().trimmingCharacters(in: .whitespaces)
    if text == "i dag" || text == "idag" || text == "today" { return today }
    if text.hasPrefix("+") { return relative(String(text.dropFirst()), from: base ?? today) }
    if let weekday = weekdays.first(where: { names in names.contains { text.count >= 3 && $0.hasPrefix(text) } }),
      let index = weekdays.firstIndex(of: weekday) {
      var day = today.adding(days: 1)
      while NorwegianHolidays.weekday(day) != index + 1 { day = day.adding(days: 1) }
      return day
    }
    let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    if parts.count == 3 || parts.count == 2 {
      guard let d = Int(parts[0]), let m = Int(parts[1]) else { return nil }
      let y = parts.count == 3 ? Int(parts[2]).map { $0 < 100 ? 2000 + $0 : $0 } : today.year
      return y.flatMap { CivilDate(year: $0, month: m, day: d) }
    }
    guard text.allSatisfy(\.isNumber), text.count == 6 || text.count == 8, let n = Int(text) else { return nil }
    let year = text.count == 6 ? 2000 + n % 100 : n % 10_000
    let dm = text.count == 6 ? n / 100 : n / 10_000
    return CivilDate(year: year, month: dm % 100, day: dm / 100)
  }

  /// Monday first, as ISO 8601 counts.
  private static let weekdays: [[String]] = [
    ["mandag", "monday"], ["tirsdag", "tuesday"], ["onsdag", "wednesday"], ["torsdag", "thursday"],
    ["fredag", "friday"], ["lørdag", "saturday"], ["søndag", "sunday"],
  ]

  private static func relative(_ text: String, from base: CivilDate) -> CivilDate? {
    let unit = text.last.flatMap { $0.isNumber ? nil : $0 }
    guard let n = Int(unit == nil ? text : String(text.dropLast())), n >= 0, n <= 1200 else { return nil }
    switch unit {
    case nil, "d": return base.adding(days: n)
    case "u", "w": return base.adding(days: 7 * n)
    case "m": return base.adding(months: n)
    default: return nil
    }
  }
}
