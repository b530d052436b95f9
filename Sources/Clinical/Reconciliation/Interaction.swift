/// What happens when two medicines are used together, and what to do about it.
public struct Interaction: Hashable, Sendable {
  public enum Severity: String, Sendable, Comparable, CaseIterable {
    /// Do not combine: the one class worth an interruption.
    case avoid
    /// Combine with precautions: dose, timing or monitoring.
    case adjust
    /// Follow up; no change needed.
    case monitor

    public static func < (a: Severity, b: Severity) -> Bool {
      allCases.firstIndex(of: a)! > allCases.firstIndex(of: b)!
    }
  }

  /// The two ATC keys of the rule: a group or a substance each.
  public let first: String
  public let second: String
  public let severity: Severity
  public let mechanism: String
  public let advice: String

  public init(first: String, second: String, severity: Severity, mechanism: String, advice: String) {
    self.first = first
    self.second = second
    self.severity = severity
    self.mechanism = mechanism
    self.advice = advice
  }

  /// Whether this rule covers the two substances, in either order.
  public func covers(_ a: String, _ b: String) -> Bool {
    (a.hasPrefix(first) && b.hasPrefix(second)) || (b.hasPrefix(first) && a.hasPrefix(second))
  }

  /// The shipped rules.
  public static let all: [Interaction] = interactionTable.split(separator: "\n").compactMap { line in
    let c = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
    guard c.count == 5, let severity = Severity(rawValue: c[2]) else { return nil }
    return Interaction(first: c[0], second: c[1], severity: severity, mechanism: c[3], advice: c[4])
  }

  /// The rules whose first (or second) key a substance falls under, found through the keys'
  /// first three characters (every key is at least ATC level 3) rather than the whole table.
  /// (A side is named by a case, not a key path: projecting a key path costs more than the test.)
  public static func rules(where side: Side, covers atc: String) -> [Int] {
    (side == .first ? firstIndex : secondIndex)[String(atc.prefix(3))]?.filter { atc.hasPrefix(all[$0].key(side)) } ?? []
  }

  /// One of the rule's two keys.
  public enum Side: Sendable { case first, second }

  func key(_ side: Side) -> String { side == .first ? first : second }

  private static let firstIndex = Dictionary(grouping: all.indices) { String(all[$0].first.prefix(3)) }
  private static let secondIndex = Dictionary(grouping: all.indices) { String(all[$0].second.prefix(3)) }

  /// The most severe rule for two substances, if any.
  public static func between(_ a: String, _ b: String) -> Interaction? {
    all.filter { $0.covers(a, b) }.max { $0.severity < $1.severity }
  }
}
