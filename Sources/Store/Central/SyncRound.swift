import Clinical

/// One sync round: into an empty store the first sync in bulk, then push what is pending, then
/// pull what others stored (each with the wards when their setup changed, see `WardSync`).
/// Pushing first means a pull never brings back, as someone else's, an operation this store has
/// not yet sent.
public enum SyncRound {
  public struct Outcome: Equatable, Sendable {
    public var first = FirstSync.Outcome()
    public var pushed: SyncPush.Result
    public var pulled: Int
  }

  public static func run(_ store: PatientStore, _ connection: CentralConnection, token: String, today: CivilDate) throws -> Outcome {
    let first = try FirstSync.run(store, connection, token: token, today: today)
    let pushed = try SyncPush.push(store, connection, token: token)
    return Outcome(first: first, pushed: pushed, pulled: try SyncPull.pull(store, connection, token: token, today: today))
  }
}
