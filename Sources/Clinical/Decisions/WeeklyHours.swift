/// The scope of a decision in hours per week, as IPLOS counts it: at most 168 (the hours of a
/// week) on one service, and an amount per month divided by 4 (Helsedirektoratet, IPLOS questions
/// and answers: "Antall timer per måned skal deles på 4").
public struct WeeklyHours: Hashable, Sendable, CustomStringConvertible {
  /// Whole minutes per week, so sums and comparisons are exact.
  public let minutes: Int

  public static let maximumMinutes = 168 * 60

  public enum Problem: Error, Equatable, Sendable {
    case notANumber
    case negative
    case aboveWeek
  }

  public init(minutes: Int) { self.minutes = minutes }

  /// "7", "7,5", "7.5 t/uke", "30 t/mnd" or "30/mnd" (a monthly amount, divided by 4).
  public static func parse(_ typed: String) -> Result<WeeklyHours, Problem> {
    var text = typed.lowercased().replacingOccurrences(of: " ", with: "")
    let monthly = ["t/mnd", "/mnd", "mnd", "h/month", "/month"].first { text.hasSuffix($0) }
    let weekly = ["t/uke", "/uke", "uke", "h/week", "/week", "t", "h"].first { text.hasSuffix($0) }
    if let suffix = monthly ?? weekly { text.removeLast(suffix.count) }
    text = text.replacingOccurrences(of: ",", with: ".")
    guard let hours = Double(text), hours.isFinite else { return .failure(.notANumber) }
    guard hours >= 0 else { return .failure(.negative) }
    let minutes = Int((hours * 60 / (monthly == nil ? 1 : 4)).rounded())
    guard minutes <= maximumMinutes else { return .failure(.aboveWeek) }
    return .success(WeeklyHours(minutes: minutes))
  }

  /// "7", "7,5" or "5,25": hours with a decimal comma, no trailing zeros.
  public var description: String {
    let whole = minutes / 60
    let rest = minutes % 60
    guard rest != 0 else { return "\(whole)" }
    var decimals = String(rest * 100 / 60 + (rest * 100 % 60 >= 30 ? 1 : 0))
    if decimals.count == 1 { decimals = "0" + decimals }
    while decimals.hasSuffix("0") { decimals.removeLast() }
    return "\(whole),\(decimals)"
  }
}
