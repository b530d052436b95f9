import Clinical

/// The universal patient prompt and what it found.
public struct LookupState: Equatable, Sendable {
  public var field = TextField(capacity: 100)
  public var query: LookupQuery = .recent
  public var results: [PatientListing] = []
  public var selection = 0
  /// Bumped on every keystroke; answers for an older generation are dropped.
  public var generation = 0
  /// The generation whose answer is on screen.
  public var shownGeneration = 0

  /// How many rows one search fetches: more than a screen, so paging needs no new query.
  public static let fetchLimit = 50

  public init() {}

  public var selected: PatientListing? {
    results.indices.contains(selection) ? results[selection] : nil
  }
}
