/// What the status line says about the central server: whether it answers, and how much waits.
/// Set by the background sync; a workstation without a central server has none.
public struct SyncStatus: Equatable, Sendable {
  public enum Link: Equatable, Sendable {
    /// The server did not answer; work goes on locally and sync retries by itself.
    case offline
    /// The server answered with an error (its schema older than this workstation, a function
    /// missing): work goes on locally and sync retries, but this needs the operator.
    case refused
    case syncing
    case inSync
  }

  public var link: Link
  /// Local writes not yet acknowledged by the server.
  public var pending: Int
  /// Changes made in two places that wait for a clinician.
  public var conflicts: Int
  /// Local writes the server refused (no care relation, say): kept here, never silently.
  public var rejected: Int

  /// Changes from elsewhere taken in since sync began: when it grows, an open chart is read again.
  public var arrived: Int

  public init(link: Link, pending: Int, conflicts: Int, rejected: Int = 0, arrived: Int = 0) {
    self.arrived = arrived
    self.link = link
    self.pending = pending
    self.conflicts = conflicts
    self.rejected = rejected
  }
}
