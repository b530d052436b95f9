import Foundation

/// Reads the UTC times the store keeps as text ("2026-11-27T09:30:00.123Z", or whole seconds as
/// SQLite's strftime writes them) without Foundation's ISO 8601 parser, which costs microseconds
/// a call: the triage queue reads three times for each of hundreds of walk-ins on every tick.
/// Any other form (an offset, more fraction digits, a year outside 1900–2199) goes to
/// Foundation's parser, and the fast path gives the very same `Date` as it does.
enum StoredTime {
  static func parse(_ text: String) -> Date? {
    fast(text) ?? (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text))
  }

  private static func fast(_ text: String) -> Date? {
    var text = text
    return text.withUTF8 { u -> Date? in
      guard u.count == 24 || u.count == 20, u[u.count - 1] == UInt8(ascii: "Z"), u[4] == UInt8(ascii: "-"),
        u[7] == UInt8(ascii: "-"), u[10] == UInt8(ascii: "T"), u[13] == UInt8(ascii: ":"), u[16] == UInt8(ascii: ":"),
        u.count == 20 || u[19] == UInt8(ascii: ".")
      else { return nil }
      func number(_ from: Int, _ to: Int) -> Int? {
        var value = 0
        for i in from..<to {
          let digit = Int(u[i]) - 48
          guard (0...9).contains(digit) else { return nil }
          value = value * 10 + digit
        }
        return value
      }
      guard let year = number(0, 4), let month = number(5, 7), let day = number(8, 10), let hour = number(11, 13),
        let minute = number(14, 16), let second = number(17, 19), let millis = u.count == 24 ? number(20, 23) : 0,
        (1900...2199).contains(year), (1...12).contains(month), hour < 24, minute < 60, second < 60,
        day >= 1, day <= daysIn(month, of: year)
      else { return nil }
      // Day start and time of day added as Foundation adds them, so the last bit agrees too.
      let sinceReference = daysSince1970(year, month, day) - 11_323
      let timeOfDay = Double(hour * 3_600 + minute * 60 + second) + Double(millis) / 1_000
      return Date(timeIntervalSinceReferenceDate: Double(sinceReference * 86_400) + timeOfDay)
    }
  }

  private static func daysIn(_ month: Int, of year: Int) -> Int {
    switch month {
    case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days from 1970-01-01 to a Gregorian date (Howard Hinnant's days_from_civil).
  private static func daysSince1970(_ year: Int, _ month: Int, _ day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = y / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
    return era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear - 719_468
  }
}
