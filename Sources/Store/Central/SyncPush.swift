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

  /// While the server works on one batch, the answers to the one before are kept here and the
  /// next is read and written out: the workstation's share (a sixth of a batch's time) overlaps
  /// the server's instead of adding to it. Batches still go one after another, each in its own
  /// server transaction, and answers are kept only for a batch whose transaction committed.
  public static func push(_ store: PatientStore, _ connection: CentralConnection, token: String, batch: Int = 2_000) throws -> Result {
    let outbox = Outbox(store: store)
    var result = Result()
    var answered: (answers: [Answer], ops: [Outbox.Operation])?
    func keep(_ done: (answers: [Answer], ops: [Outbox.Operation])) throws {
      try outbox.record(done.answers, to: done.ops)
      for a in done.answers {
        switch a.state {
        case "applied": result.applied += 1
        case "duplicate": result.duplicate += 1
        case "conflict": result.conflict += 1
        default: result.rejected.append(a.reason ?? a.state)
        }
      }
    }
    var next = try outbox.pending(limit: batch)
    while !next.isEmpty {
      let ops = next
      let body = self.body(ops.map { Operation(opID: $0.opID, kind: $0.kind, patient: $0.patient, payload: $0.payload) })
      let answers: [Answer]
      do {
        try connection.execute("BEGIN")
        try connection.query("SELECT api.begin($1::uuid)", [token])
        try connection.send(statement, [body])
        var overlapped: Error?
        do {
          if let done = answered { try keep(done) }
          answered = nil
          next = try outbox.pending(limit: batch, after: ops.last?.id ?? 0)
        } catch {
          overlapped = error
        }
        answers = Self.answers(try connection.collect())
        if let overlapped { throw overlapped }
        try connection.execute("COMMIT")
      } catch {
        try? connection.execute("ROLLBACK")
        if let done = answered { try keep(done) }
        throw error
      }
      answered = (answers, ops)
      // An answer missing for an operation would send it forever: stop instead.
      if answers.count < ops.count { break }
    }
    if let done = answered { try keep(done) }
    return result
  }

  /// Sends one batch in one server transaction and returns the answers.
  public static func send(_ ops: [Operation], _ connection: CentralConnection, token: String) throws(CentralError) -> [Answer] {
    let body = self.body(ops)
    return try connection.transaction(as: token) { () throws(CentralError) -> [Answer] in
      answers(try connection.query(statement, [body]))
    }
  }

  private static let statement = "SELECT op_id::text, result, reason FROM api.push($1::json)"

  private static func answers(_ rows: [[String?]]) -> [Answer] {
    rows.compactMap { a in
      guard let op = a[0], let state = a[1] else { return nil }
      return Answer(opID: op, state: state, reason: a[2])
    }
  }

  /// The batch as the server takes it, written here from the payloads as stored: they are JSON
  /// already, and parsing them only to write them again cost more than the server's work.
  private static func body(_ ops: [Operation]) -> String {
    var body = "["
    body.reserveCapacity(ops.count * 256)
    for (i, op) in ops.enumerated() {
      if i > 0 { body += "," }
      body += #"{"op":"# + quoted(op.opID) + #","kind":"# + quoted(op.kind) + #","patient":"# + quoted(op.patient)
        + #","payload":"# + op.payload + "}"
    }
    return body + "]"
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
