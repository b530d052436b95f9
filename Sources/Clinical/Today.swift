import Foundation

/// Today's date in Norway, whatever zone the machine is set to: ages and deadlines follow the
/// Norwegian calendar.
public enum Today {
  /// The Gregorian calendar in Norwegian time, for every date and time of day a clinician reads.
  public static let calendar: Calendar = {
    var c = Calendar(identifier: .gregorian)
    c.timeZone = TimeZone(identifier: "Europe/Oslo") ?? .gmt
    return c
  }()

  public static func civilDate(_ now: Date = Date()) -> CivilDate {
    let c = calendar.dateComponents([.year, .month, .day], from: now)
    return CivilDate(year: c.year ?? 2026, month: c.month ?? 1, day: c.day ?? 1)
      ?? SyntheticPopulation.referenceDate
  }
}
