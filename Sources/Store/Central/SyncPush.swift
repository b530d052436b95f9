import Foundation

/// One push: every pending outbox operation sent in batches, each batch in one server
/// transaction, the answers stored locally in one transaction per batch. A batch answered but not
/// recorded here (a crash, a lost reply) is sent again and answered "duplicate": nothing is lost
/// and nothing applied twice.
public enum SyncPush {
  public struct Result: Equatable, Sendable {
    public var applied = 0
    public var duplicate = 0
    public var rejected: [String] = []
  }

  public static func push(_ store: PatientStore, _ connection: CentralConnection, token: String, batch: Int = 500) throws -> Result {
    let outbox = Outbox(store: store)
    var result = Result()
    while true {
      let ops = try outbox.pending(limit: batch)
      if ops.isEmpty { return result }
      let array: [[String: Any]] = ops.map { op in
        ["op": op.opID, "kind": op.kind, "patient": op.patient,
         "payload": (try? JSONSerialization.jsonObject(with: Data(op.payload.utf8))) ?? [:]]
      }
      let body = String(decoding: try JSONSerialization.data(withJSONObject: array), as: UTF8.self)
      let answers = try connection.transaction { () throws(CentralError) -> [[String?]] in
        try connection.query("SELECT api.begin($1::uuid)", [token])
        return try connection.query("SELECT op_id::text, result, reason FROM api.push($1::jsonb)", [body])
      }
      var recorded: [(opID: String, state: String, reason: String?)] = []
      for a in answers {
        guard let op = a[0], let state = a[1] else { continue }
        recorded.append((op, state, a[2]))
        switch state {
        case "applied": result.applied += 1
        case "duplicate": result.duplicate += 1
        default: result.rejected.append(a[2] ?? state)
        }
      }
      try outbox.record(recorded)
      // An answer missing for an operation would send it forever: stop instead.
      if recorded.count < ops.count { return result }
    }
  }
}
