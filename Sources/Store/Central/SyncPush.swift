import Foundation

/// One push: every pending outbox operation sent in batches, each batch in one server
/// transaction, the answers stored locally in one transaction per batch. A batch answered but not
/// recorded here (a crash, a lost reply) is sent again and answered "duplicate": nothing is lost
/// and nothing applied twice.
public enum SyncPush {
  public struct Result: Equatable, Sendable {
    public var applied = 0
    public var duplicate = 0
    public var conflict = 0
    public var rejected: [String] = []
  }

  /// One operation as it goes to the server; `payload` is JSON text as the outbox keeps it.
  public struct Operation: Sendable {
    public let opID: String
    public let kind: String
    public let patient: String
    public let payload: String

    public init(opID: String, kind: String, patient: String, payload: String) {
      self.opID = opID
      self.kind = kind
      self.patient = patient
      self.payload = payload
    }
  }

  /// The server's answer to one operation.
  public struct Answer: Equatable, Sendable {
    public let opID: String
    public let state: String
    public let reason: String?
  }

  public static func push(_ store: PatientStore, _ connection: CentralConnection, token: String, batch: Int = 2_000) throws -> Result {
    let outbox = Outbox(store: store)
    var result = Result()
    while true {
      let ops = try outbox.pending(limit: batch)
      if ops.isEmpty { return result }
      let answers = try send(ops.map { Operation(opID: $0.opID, kind: $0.kind, patient: $0.patient, payload: $0.payload) }, connection, token: token)
      for a in answers {
        switch a.state {
        case "applied": result.applied += 1
        case "duplicate": result.duplicate += 1
        case "conflict": result.conflict += 1
        default: result.rejected.append(a.reason ?? a.state)
        }
      }
      try outbox.record(answers, to: ops)
      // An answer missing for an operation would send it forever: stop instead.
      if answers.count < ops.count { return result }
    }
  }

  /// Sends one batch in one server transaction and returns the answers. The body is written
  /// here from the payloads as stored: they are JSON already, and parsing them only to write
  /// them again cost more than the server's work.
  public static func send(_ ops: [Operation], _ connection: CentralConnection, token: String) throws(CentralError) -> [Answer] {
    var body = "["
    body.reserveCapacity(ops.count * 256)
    for (i, op) in ops.enumerated() {
      if i > 0 { body += "," }
      body += #"{"op":"# + quoted(op.opID) + #","kind":"# + quoted(op.kind) + #","patient":"# + quoted(op.patient)
        + #","payload":"# + op.payload + "}"
    }
    body += "]"
    return try connection.transaction(as: token) { () throws(CentralError) -> [Answer] in
      return try connection.query("SELECT op_id::text, result, reason FROM api.push($1::json)", [body]).compactMap { a in
        guard let op = a[0], let state = a[1] else { return nil }
        return Answer(opID: op, state: state, reason: a[2])
      }
    }
  }

  /// A JSON string: the values are ids, kinds and numbers, but nothing goes out unescaped.
  private static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
