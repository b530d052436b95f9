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

  /// How many rows the current search asked for: a screenful plus one, so the screen knows
  /// there are more; moving past the end asks for another page.
  public var limit = 0
  /// Where the selection goes when the longer page it asked for arrives.
  var pendingSelection: Int?

  /// More matches exist than were fetched.
  public var hasMore: Bool { limit > 0 && results.count >= limit }

  public init() {}

  public var selected: PatientListing? {
    results.indices.contains(selection) ? results[selection] : nil
  }
}
