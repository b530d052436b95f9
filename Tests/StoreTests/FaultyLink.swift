import Clinical
import Foundation

@testable import Store

/// The simulations' network between workstations and the server: a sync round that may lose
/// the answer to a push (applied there, still pending here), deliver a batch twice, or bring an
/// old batch late after newer ones. A late batch must be answered "duplicate" in full.
struct FaultyLink {
  private(set) var lostAnswers = 0
  private(set) var duplicated = 0
  private(set) var lateReplays = 0
  private var late: [(token: String, ops: [SyncPush.Operation])] = []

  struct AppliedAgain: Error, CustomStringConvertible {
    let description: String
  }

  /// Forgets batches still to turn up late: a new run starts.
  mutating func reset() { late = [] }

  mutating func sync(
    _ store: PatientStore, _ server: CentralConnection, token: String, _ rng: inout SeededGenerator
  ) throws {
    let ops = try Outbox(store: store).pending(limit: 50).map {
      SyncPush.Operation(opID: $0.opID, kind: $0.kind, patient: $0.patient, payload: $0.payload)
    }
    switch rng.below(4) {
    case 0:
      if !ops.isEmpty { _ = try SyncPush.send(ops, server, token: token) }
      late.append((token, ops))
      lostAnswers += ops.isEmpty ? 0 : 1
    case 1:
      if !ops.isEmpty { _ = try SyncPush.send(ops, server, token: token) }
      duplicated += ops.isEmpty ? 0 : 1
      _ = try SyncRound.run(store, server, token: token, today: testToday)
    case 2:
      if let (from, old) = late.first, !old.isEmpty {
        let answers = try SyncPush.send(old, server, token: from)
        guard answers.allSatisfy({ $0.state == "duplicate" }) else { throw AppliedAgain(description: "a late batch was applied again: \(answers)") }
        late.removeFirst()
        lateReplays += 1
      }
      _ = try SyncRound.run(store, server, token: token, today: testToday)
    default:
      _ = try SyncRound.run(store, server, token: token, today: testToday)
    }
  }
}
