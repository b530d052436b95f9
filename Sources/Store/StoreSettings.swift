/// The pragmas that make an acknowledged write survive a crash or power cut, each read back:
/// a store that cannot hold them is refused rather than used unsafely.
enum StoreSettings {
  static func apply(to db: SQLiteDatabase) throws(StoreError) {
    // Reading a page first turns a non-database or damaged file into a clear error.
    try db.execute("SELECT count(*) FROM sqlite_schema")
    try expect(db, "PRAGMA journal_mode=WAL", equals: "wal", "journal_mode=WAL")
    // synchronous=FULL (2): a committed transaction is on disk before COMMIT returns.
    try db.execute("PRAGMA synchronous=FULL")
    try expect(db, "PRAGMA synchronous", equals: "2", "synchronous=FULL")
    try db.execute("PRAGMA foreign_keys=ON")
    try expect(db, "PRAGMA foreign_keys", equals: "1", "foreign_keys=ON")
  }

  private static func expect(
    _ db: SQLiteDatabase, _ sql: String, equals expected: String, _ name: String
  ) throws(StoreError) {
    let statement = try db.prepare(sql)
    guard try statement.step(), statement.text(0).lowercased() == expected else {
      if db.isReadOnly && name.hasPrefix("journal") { throw .readOnly }
      throw .unsafeSettings(name)
    }
  }
}
