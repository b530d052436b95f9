import CSQLite3

/// One SQLite connection. Used from one thread (the run loop, or a benchmark), so not Sendable.
public final class SQLiteDatabase {
  let handle: OpaquePointer
  private var cache: [String: SQLiteStatement] = [:]

  /// Opens `path`; `create` makes the file when it is missing.
  public init(path: String, create: Bool) throws(StoreError) {
    var db: OpaquePointer?
    let flags =
      SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX
    let rc = sqlite3_open_v2(path, &db, flags, nil)
    guard rc == SQLITE_OK, let db else {
      if let db { sqlite3_close_v2(db) }
      throw rc == SQLITE_NOTADB ? .corrupt(path: path) : .cannotOpen(path: path)
    }
    handle = db
    sqlite3_extended_result_codes(db, 1)
    sqlite3_busy_timeout(db, 2_000)
  }

  deinit {
    cache.removeAll()
    sqlite3_close_v2(handle)
  }

  /// True when SQLite opened the file read-only (a read-only file or folder).
  public var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }

  /// Runs one or more statements without parameters (schema, pragmas).
  public func execute(_ sql: String) throws(StoreError) {
    let rc = sqlite3_exec(handle, sql, nil, nil, nil)
    guard rc == SQLITE_OK else { throw error(rc) }
  }

  /// A prepared statement, cached by its text: the keystroke path prepares nothing twice.
  public func statement(_ sql: String) throws(StoreError) -> SQLiteStatement {
    if let cached = cache[sql] {
      cached.reset()
      return cached
    }
    let statement = try prepare(sql)
    cache[sql] = statement
    return statement
  }

  /// A fresh prepared statement, not cached.
  public func prepare(_ sql: String) throws(StoreError) -> SQLiteStatement {
    var raw: OpaquePointer?
    let rc = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &raw, nil)
    guard rc == SQLITE_OK, let raw else { throw error(rc) }
    return SQLiteStatement(raw, database: self)
  }

  /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
  /// Inside another transaction it is a savepoint, so a whole import can hold many writes that
  /// each keep their own rule: one failure rolls back its part, and the caller decides the rest.
  public func inTransaction<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
    if sqlite3_get_autocommit(handle) == 0 {
      try execute("SAVEPOINT nested")
      do {
        let result = try body()
        try execute("RELEASE nested")
        return result
      } catch {
        try? execute("ROLLBACK TO nested")
        try? execute("RELEASE nested")
        throw error
      }
    }
    try execute("BEGIN IMMEDIATE")
    do {
      let result = try body()
      try execute("COMMIT")
      return result
    } catch {
      try? execute("ROLLBACK")
      throw error
    }
  }

  public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

  /// Rows changed by the last INSERT, UPDATE or DELETE.
  var changes: Int { Int(sqlite3_changes(handle)) }

  /// Turns a result code into a typed error; SQLite's message never holds bound values.
  func error(_ rc: Int32) -> StoreError {
    switch rc & 0xFF {
    case SQLITE_BUSY, SQLITE_LOCKED: return .locked
    case SQLITE_READONLY: return .readOnly
    case SQLITE_FULL: return .diskFull
    case SQLITE_NOTADB, SQLITE_CORRUPT: return .corrupt(path: fileName)
    case SQLITE_CANTOPEN: return .cannotOpen(path: fileName)
    default: return .sqlite(code: rc, message: String(cString: sqlite3_errmsg(handle)))
    }
  }

  private var fileName: String {
    sqlite3_db_filename(handle, "main").map { String(cString: $0) } ?? ""
  }
}
