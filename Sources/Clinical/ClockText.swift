import Foundation

/// Times as a Norwegian clinician reads them: local Norwegian time, DD.MM.YYYY HH:MM, whatever
/// zone the machine is set to.
public enum ClockText {
  private static let calendar = Today.calendar

  public static func dateTime(_ date: Date) -> String {
    let c = calendar.dateComponents([.year, .month, .day], from: date)
    return "\(two(c.day)).\(two(c.month)).\(c.year ?? 0) \(time(date))"
  }

  /// HH:MM, for times of today such as a draft's last save.
  public static func time(_ date: Date) -> String {
    let c = calendar.dateComponents([.hour, .minute], from: date)
    return "\(two(c.hour)):\(two(c.minute))"
  }

  private static func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "--" }
}
