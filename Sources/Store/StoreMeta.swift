/// Key–value facts about the store itself: its kind, the demo seed and size.
enum StoreMeta {
  static func get(_ key: String, in db: SQLiteDatabase) throws(StoreError) -> String? {
    let statement = try db.statement("SELECT value FROM store_meta WHERE key = ?").bind(1, key)
    defer { statement.reset() }
    return try statement.step() ? statement.text(0) : nil
  }

  static func set(_ key: String, _ value: String, in db: SQLiteDatabase) throws(StoreError) {
    try db.statement(
      "INSERT INTO store_meta(key, value) VALUES (?, ?) "
        + "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
    ).bind(1, key).bind(2, value).run()
  }
}
