import CLibPQ
import Foundation

/// Why the central server did not answer as asked: the connection (unreachable, refused, bad
/// password) or a statement (with PostgreSQL's SQLSTATE, e.g. 42501 for a privilege refused).
public struct CentralError: Error, Equatable, Sendable {
  public enum Kind: Equatable, Sendable {
    case connection
    case statement(sqlState: String)
  }

  public let kind: Kind
  /// The server's message, without values: libpq puts no bound parameter in it.
  public let message: String
}

/// One libpq connection to the central PostgreSQL. Statements with parameters go through
/// `PQexecParams` (values never spliced into SQL text); schema scripts through `PQexec`.
public final class CentralConnection {
  private let conn: OpaquePointer

  /// `url` is a libpq connection string or URI (postgresql://user@host:port/db). With
  /// `connectTimeout`, an unreachable server is given up after that many seconds, whichever form
  /// the URL has (libpq expands it as the dbname parameter, and later parameters win).
  public init(url: String, connectTimeout: Int? = nil) throws(CentralError) {
    let keys = ["dbname"] + (connectTimeout == nil ? [] : ["connect_timeout"])
    let values = [url] + (connectTimeout.map { [String($0)] } ?? [])
    let made: OpaquePointer? = Self.withCStrings(keys) { k in
      Self.withCStrings(values) { v in PQconnectdbParams(k, v, 1) }
    }
    guard let conn = made else { throw CentralError(kind: .connection, message: "out of memory") }
    guard PQstatus(conn) == CONNECTION_OK else {
      let message = String(cString: PQerrorMessage(conn)).trimmingCharacters(in: .whitespacesAndNewlines)
      PQfinish(conn)
      throw CentralError(kind: .connection, message: message)
    }
    ws_silence_notices(conn)
    self.conn = conn
  }

  deinit { PQfinish(conn) }

  /// A NULL-terminated array of C strings, valid inside `body`.
  private static func withCStrings<T>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> T) -> T {
    let copies = strings.map { strdup($0) }
    defer { copies.forEach { free($0) } }
    let pointers: [UnsafePointer<CChar>?] = copies.map { $0.map { UnsafePointer($0) } } + [nil]
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
  }

  /// Runs a script of several statements (no parameters).
  public func execute(_ script: String) throws(CentralError) {
    let result = PQexec(conn, script)
    defer { PQclear(result) }
    try check(result)
  }

  /// Runs one statement with text parameters; returns its rows, NULL as nil.
  @discardableResult
  public func query(_ sql: String, _ parameters: [String?] = []) throws(CentralError) -> [[String?]] {
    let result = Self.withValues(parameters) { PQexecParams(conn, sql, Int32(parameters.count), nil, $0, nil, nil, 0) }
    defer { PQclear(result) }
    try check(result)
    return Self.rows(of: result)
  }

  /// Sends one statement with text parameters and returns at once, while the server works:
  /// its rows are read with `collect()`, and no other statement goes out before that.
  public func send(_ sql: String, _ parameters: [String?]) throws(CentralError) {
    let sent = Self.withValues(parameters) { PQsendQueryParams(conn, sql, Int32(parameters.count), nil, $0, nil, nil, 0) }
    guard sent == 1 else { throw CentralError(kind: .connection, message: String(cString: PQerrorMessage(conn))) }
  }

  /// The rows of the statement `send` sent, waiting for them; its error when it failed.
  public func collect() throws(CentralError) -> [[String?]] {
    var rows: [[String?]] = []
    var failure: CentralError?
    // Every result is read, even after an error, so the connection is ready for the next.
    while let result = PQgetResult(conn) {
      defer { PQclear(result) }
      do throws(CentralError) {
        try check(result)
        rows += Self.rows(of: result)
      } catch {
        failure = failure ?? error
      }
    }
    if PQstatus(conn) != CONNECTION_OK {
      throw CentralError(kind: .connection, message: String(cString: PQerrorMessage(conn)))
    }
    if let failure { throw failure }
    return rows
  }

  /// Text parameters as libpq takes them (NULL as a null pointer), valid inside `body`.
  private static func withValues<T>(_ parameters: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> T) -> T {
    var pointers: [UnsafeMutablePointer<CChar>?] = parameters.map { $0.map { strdup($0) } ?? nil }
    defer { pointers.forEach { free($0) } }
    return pointers.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: max(1, buffer.count)) { values in
        body(parameters.isEmpty ? nil : UnsafePointer(values))
      }
    }
  }

  private static func rows(of result: OpaquePointer?) -> [[String?]] {
    var rows: [[String?]] = []
    for row in 0..<PQntuples(result) {
      rows.append((0..<PQnfields(result)).map { column in
        PQgetisnull(result, row, column) == 1 ? nil : String(cString: PQgetvalue(result, row, column))
      })
    }
    return rows
  }

  /// Rows of `COPY (…) TO STDOUT` in text format, NULL as nil: the bulk path, many times faster
  /// than a result set for a whole organisation's patients.
  public func copyOut(_ sql: String) throws(CentralError) -> [[String?]] {
    let started = PQexec(conn, sql)
    let status = PQresultStatus(started)
    PQclear(started)
    guard status == PGRES_COPY_OUT else {
      throw CentralError(kind: .statement(sqlState: ""), message: String(cString: PQerrorMessage(conn)))
    }
    var rows: [[String?]] = []
    while true {
      var buffer: UnsafeMutablePointer<CChar>?
      let length = PQgetCopyData(conn, &buffer, 0)
      guard length > 0, let buffer else { break }
      rows.append(CopyText.row(UnsafeRawBufferPointer(start: buffer, count: Int(length))))
      PQfreemem(buffer)
    }
    // The command's own result says whether the COPY finished or failed part way.
    while let result = PQgetResult(conn) {
      defer { PQclear(result) }
      try check(result)
    }
    return rows
  }

  /// One transaction: committed when `body` returns, rolled back when it throws.
  public func transaction<T>(_ body: () throws(CentralError) -> T) throws(CentralError) -> T {
    try execute("BEGIN")
    do {
      let value = try body()
      try execute("COMMIT")
      return value
    } catch {
      try? execute("ROLLBACK")
      throw error
    }
  }

  /// One transaction as the user of session `token`: the user context is set for it alone.
  public func transaction<T>(as token: String, _ body: () throws(CentralError) -> T) throws(CentralError) -> T {
    try transaction { () throws(CentralError) -> T in
      try query("SELECT api.begin($1::uuid)", [token])
      return try body()
    }
  }

  private func check(_ result: OpaquePointer?) throws(CentralError) {
    let status = PQresultStatus(result)
    guard status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK else { return }
    let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) } ?? ""
    let message = PQresultErrorField(result, Int32(UInt8(ascii: "M"))).map { String(cString: $0) }
      ?? String(cString: PQerrorMessage(conn))
    throw CentralError(kind: Self.isLost(state) || PQstatus(conn) != CONNECTION_OK ? .connection : .statement(sqlState: state), message: message)
  }

  /// A statement that failed because the connection went (the server shut down or restarted,
  /// the session was ended, the link broke) says nothing about the statement: it is the
  /// connection's failure, and sync goes offline and tries again instead of reporting a fault.
  static func isLost(_ sqlState: String) -> Bool {
    sqlState.isEmpty || sqlState.hasPrefix("08") || ["57P01", "57P02", "57P03"].contains(sqlState)
  }
}
