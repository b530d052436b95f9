/// The five triage levels of the Manchester Triage System and RETTS: red is the most urgent.
public enum TriageLevel: Int, Hashable, Sendable, CaseIterable, Comparable {
  case red = 1, orange, yellow, green, blue

  /// More urgent compares smaller: the worse of two levels is their `min`.
  public static func < (a: TriageLevel, b: TriageLevel) -> Bool { a.rawValue < b.rawValue }
}

/// Minutes from arrival to the level's target, and how often a waiting patient is triaged
/// again. Configuration, not constants (DOMAIN.md): regions set their own targets.
public struct TriageSettings: Hashable, Sendable {
  public var targetMinutes: [TriageLevel: Int]
  public var retriageMinutes: Int

  public init(targetMinutes: [TriageLevel: Int], retriageMinutes: Int) {
    self.targetMinutes = targetMinutes
    self.retriageMinutes = retriageMinutes
  }

  /// Red 0, orange 10, yellow 60, green 120, blue 240 minutes; a waiting patient is looked at
  /// again every 30 minutes.
  public static let standard = TriageSettings(
    targetMinutes: [.red: 0, .orange: 10, .yellow: 60, .green: 120, .blue: 240], retriageMinutes: 30)

  /// Reads "0,10,60,120,240": five whole minutes, red to blue, not decreasing in urgency.
  public static func targets(_ text: String) -> [TriageLevel: Int]? {
    let minutes = text.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
    guard minutes.count == 5, minutes.allSatisfy({ ($0 ?? -1) >= 0 }) else { return nil }
    let values = minutes.compactMap { $0 }
    guard zip(values, values.dropFirst()).allSatisfy({ $0 <= $1 }) else { return nil }
    return Dictionary(uniqueKeysWithValues: zip(TriageLevel.allCases, values))
  }
}
