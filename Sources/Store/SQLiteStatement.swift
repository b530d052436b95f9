import CSQLite3

/// A prepared statement with positional parameters (1-based, as in SQLite).
public final class SQLiteStatement {
  private let raw: OpaquePointer
  private unowned let database: SQLiteDatabase

  init(_ raw: OpaquePointer, database: SQLiteDatabase) {
    self.raw = raw
    self.database = database
  }

  deinit { sqlite3_finalize(raw) }

  func reset() {
    sqlite3_reset(raw)
    sqlite3_clear_bindings(raw)
  }

  @discardableResult
  public func bind(_ index: Int32, _ value: Int64?) -> SQLiteStatement {
    if let value { sqlite3_bind_int64(raw, index, value) } else { sqlite3_bind_null(raw, index) }
    return self
  }

  @discardableResult
  public func bind(_ index: Int32, _ value: Int?) -> SQLiteStatement {
    bind(index, value.map(Int64.init))
  }

  @discardableResult
  public func bind(_ index: Int32, _ value: Double) -> SQLiteStatement {
    sqlite3_bind_double(raw, index, value)
    return self
  }

  /// Binds a copy of the text (SQLITE_TRANSIENT): a Swift String's storage is not stable.
  @discardableResult
  public func bind(_ index: Int32, _ value: String?) -> SQLiteStatement {
    if let value {
      sqlite3_bind_text(raw, index, value, -1, ws_sqlite_transient())
    } else {
      sqlite3_bind_null(raw, index)
    }
    return self
  }

  /// Advances to the next row; false when done.
  public func step() throws(StoreError) -> Bool {
    let rc = sqlite3_step(raw)
    switch rc {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    default:
      let failure = database.error(rc)
      sqlite3_reset(raw)
      throw failure
    }
  }

  /// Runs a statement that returns no rows.
  public func run() throws(StoreError) {
    while try step() {}
    sqlite3_reset(raw)
  }

  /// Collects every row through `row`.
  public func rows<T>(_ row: (SQLiteStatement) -> T) throws(StoreError) -> [T] {
    var out: [T] = []
    while try step() { out.append(row(self)) }
    sqlite3_reset(raw)
    return out
  }

  public var columnCount: Int32 { sqlite3_column_count(raw) }

  public func int(_ column: Int32) -> Int64 { sqlite3_column_int64(raw, column) }

  public func double(_ column: Int32) -> Double { sqlite3_column_double(raw, column) }

  public func text(_ column: Int32) -> String {
    guard let c = sqlite3_column_text(raw, column) else { return "" }
    return String(cString: c)
  }

  public func optionalText(_ column: Int32) -> String? {
    sqlite3_column_type(raw, column) == SQLITE_NULL ? nil : text(column)
  }

  public func optionalInt(_ column: Int32) -> Int64? {
    sqlite3_column_type(raw, column) == SQLITE_NULL ? nil : int(column)
  }
}
