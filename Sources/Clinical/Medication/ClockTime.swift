import Foundation

/// A time of day typed on a form ("14:05", "1405", "9:30"), placed on the calendar: today in
/// Norway, or yesterday when today's would lie ahead (a dose given at 23:50 recorded after midnight).
public enum ClockTime {
  private static let calendar = Today.calendar

  public static func resolve(_ text: String, now: Date) -> Date? {
    let digits = text.filter(\.isNumber)
    guard text.allSatisfy({ $0.isNumber || $0 == ":" || $0 == "." }), (3...4).contains(digits.count),
      let value = Int(digits)
    else { return nil }
    let (hour, minute) = (value / 100, value % 100)
    guard hour < 24, minute < 60,
      let today = calendar.date(bySettingHour: hour, minute: minute, second: 0, of: now)
    else { return nil }
    // A few minutes ahead is a clock difference, not the future.
    if today > now.addingTimeInterval(5 * 60) { return calendar.date(byAdding: .day, value: -1, to: today) }
    return today
  }
}
