import Foundation

/// Today's date in Norway, whatever zone the machine is set to: ages and deadlines follow the
/// Norwegian calendar.
public enum Today {
  public static func civilDate(_ now: Date = Date()) -> CivilDate {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Europe/Oslo") ?? .gmt
    let c = calendar.dateComponents([.year, .month, .day], from: now)
    return CivilDate(year: c.year ?? 2026, month: c.month ?? 1, day: c.day ?? 1)
      ?? SyntheticPopulation.referenceDate
  }
}
