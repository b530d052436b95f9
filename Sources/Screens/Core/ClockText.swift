import Foundation

/// Times as a Norwegian clinician reads them: local Norwegian time, DD.MM.YYYY HH:MM, whatever
/// zone the machine is set to.
public enum ClockText {
  private static let calendar: Calendar = {
    var c = Calendar(identifier: .gregorian)
    c.timeZone = TimeZone(identifier: "Europe/Oslo") ?? .gmt
    return c
  }()

  public static func dateTime(_ date: Date) -> String {
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "--" }
    return "\(two(c.day)).\(two(c.month)).\(c.year ?? 0) \(two(c.hour)):\(two(c.minute))"
  }
}
