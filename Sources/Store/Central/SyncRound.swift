/// One sync round: push what is pending, then pull what others stored. Pushing first means a
/// pull never brings back, as someone else's, an operation this store has not yet sent.
public enum SyncRound {
  public struct Outcome: Equatable, Sendable {
    public var pushed: SyncPush.Result
    public var pulled: Int
  }

  public static func run(_ store: PatientStore, _ connection: CentralConnection, token: String) throws -> Outcome {
    let pushed = try SyncPush.push(store, connection, token: token)
    return Outcome(pushed: pushed, pulled: try SyncPull.pull(store, connection, token: token))
  }
}
