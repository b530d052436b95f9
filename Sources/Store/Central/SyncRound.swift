import Clinical
import Foundation

/// One sync round: into an empty store the first sync in bulk, then push what is pending, then
/// pull what others stored (each with the wards when their setup changed, see `WardSync`), then
/// remove the records access to has ended (`RecordPurge`). Pushing first means a pull never
/// brings back, as someone else's, an operation this store has not yet sent, and that what was
/// written in a record before its access ended has reached the server before it goes.
public enum SyncRound {
  public struct Outcome: Equatable, Sendable {
    public var first = FirstSync.Outcome()
    public var pushed: SyncPush.Result
    public var pulled: Int
    public var purged = 0
  }

  public static func run(_ store: PatientStore, _ connection: CentralConnection, token: String, today: CivilDate) throws -> Outcome {
    let first = try FirstSync.run(store, connection, token: token, today: today)
    let pushed = try SyncPush.push(store, connection, token: token)
    let pulled = try SyncPull.pull(store, connection, token: token, today: today)
    return Outcome(first: first, pushed: pushed, pulled: pulled, purged: try RecordPurge(store: store).run(at: Date()))
  }
}
