import Clinical

/// The universal patient prompt and what it found.
public struct LookupState: Equatable, Sendable {
  public var field = TextField(capacity: 100)
  public var query: LookupQuery = .recent
  /// The matches, a screenful plus one at a time; moving past the end asks for a page more.
  public var list = PagedList<PatientListing>(limit: 0)
  /// Bumped on every keystroke; answers for an older generation are dropped.
  public var generation = 0
  /// The generation whose answer is on screen.
  public var shownGeneration = 0

  public init() {}

  public var results: [PatientListing] { list.items }
  public var selection: Int { list.selection }
  /// More matches exist than were fetched.
  public var hasMore: Bool { list.hasMore }

  public var selected: PatientListing? {
    results.indices.contains(selection) ? results[selection] : nil
  }
}
