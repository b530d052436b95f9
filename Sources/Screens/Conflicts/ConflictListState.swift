import Clinical

/// Changes made in two places at once that sync would not merge, oldest first. Each is resolved
/// where its record is kept, by the clinical act itself; this list only leads there.
public struct ConflictListState: Equatable, Sendable {
  public var conflicts: [SyncConflict] = []
  public var selection = 0
  public var loaded = false
  /// The patient whose chart is being opened to resolve a conflict, and of what kind.
  public var resolving: Resolving?

  public struct Resolving: Equatable, Sendable {
    let patientID: Int64
    let kind: SyncConflict.Kind
  }

  public init() {}

  var selected: SyncConflict? { conflicts.indices.contains(selection) ? conflicts[selection] : nil }

  /// As many as a screen can show; a workstation with more has bigger problems than a list.
  static let limit = 500
}
