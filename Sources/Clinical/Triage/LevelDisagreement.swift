/// Two nurses re-triaging one walk-in at once, at two terminals, neither seeing the other's
/// level: server order alone would let the one taken last stand and the other vanish from the
/// queue. A level set knowing every other one still standing settles the visit; otherwise the
/// visit stands at the more urgent of the levels in dispute until a nurse sets it again, so an
/// urgent triage is never lowered without a person seeing it.
public struct LevelDisagreement: Equatable, Sendable {
  /// One setting of the visit's level: its registration or a re-triage.
  public struct Setting: Equatable, Sendable {
    /// The operation it travelled as; nil for one made before the queue was shared.
    public let op: String?
    public let level: TriageLevel
    public let reason: String?
    /// The operations of the settings its maker held; nil when it predates this record, and
    /// then it counts as made knowing all before it.
    public let seen: Set<String>?
    public let by: String
    public let at: String

    public init(op: String?, level: TriageLevel, reason: String?, seen: Set<String>?, by: String, at: String) {
      self.op = op
      self.level = level
      self.reason = reason
      self.seen = seen
      self.by = by
      self.at = at
    }

    /// Whether this setting was made knowing `other`, which came before it in server order.
    func knows(_ other: Setting) -> Bool {
      guard let seen, let op = other.op else { return true }
      return seen.contains(op)
    }
  }

  /// The level the visit stands at: the more urgent one.
  public let standing: Setting
  /// The other level set at the same time.
  public let other: Setting

  /// The disagreement among `settings` (in server order), or nil when the latest was set knowing
  /// every other setting still standing, or all of those agree with it.
  public static func among(_ settings: [Setting]) -> LevelDisagreement? {
    guard let latest = settings.last else { return nil }
    let unknown = settings.dropLast().filter { !latest.knows($0) }
    // A setting its own terminal (or another) later set again, knowing it, no longer stands.
    let standing = unknown.enumerated().filter { index, setting in
      !unknown.dropFirst(index + 1).contains { $0.knows(setting) }
    }.map(\.element)
    let candidates = standing + [latest]
    guard let worst = candidates.map(\.level).min(), candidates.contains(where: { $0.level != worst }) else { return nil }
    let winner = candidates.last { $0.level == worst }!
    let others = candidates.filter { $0.level != worst }
    let next = others.map(\.level).min()!
    return LevelDisagreement(standing: winner, other: others.last { $0.level == next }!)
  }
}
