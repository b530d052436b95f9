/// One numbered, named schema step. Applied in order, each in its own transaction, and recorded
/// in `schema_migration` so a store is never migrated twice.
struct Migration: Sendable {
  let version: Int
  let name: String
  let sql: String
  /// Rebuilds a table that others reference (to change a CHECK constraint SQLite cannot alter).
  var rebuildsTables = false
}

enum Migrations {
  static let all: [Migration] = [
    Migration(version: 1, name: "patients, identifiers, CAVE, contacts, GPs, audit", sql: Schema.v1),
    Migration(version: 2, name: "vital signs and hypercapnic targets", sql: Schema.v2),
    Migration(version: 3, name: "signed notes, drafts and problems", sql: Schema.v3),
    Migration(version: 4, name: "doses given", sql: Schema.v4),
    Migration(version: 5, name: "medication sources and signed medication lists", sql: Schema.v5),
    Migration(version: 6, name: "legevakt triage visits", sql: Schema.v6),
    Migration(version: 7, name: "the source of each signed medication line", sql: Schema.v7),
    Migration(version: 8, name: "wards, beds, stays and the bed waiting list", sql: Schema.v8),
    Migration(version: 9, name: "service cases, IPLOS assessments, decisions and letters", sql: Schema.v9),
    Migration(version: 10, name: "conditions and encounters from other systems", sql: Schema.v10),
    Migration(version: 11, name: "medication lists from another record", sql: Schema.v11, rebuildsTables: true),
    Migration(version: 12, name: "cached logins for offline use", sql: Schema.v12),
    Migration(version: 13, name: "the outbox of operations for the central server", sql: Schema.v13),
    Migration(version: 14, name: "the operation behind each vital-sign set", sql: Schema.v14),
    Migration(version: 15, name: "medication lists, notes and CAVE over sync; conflicts to resolve", sql: Schema.v15),
    Migration(version: 16, name: "service cases and names over sync; conflicts named by case or field", sql: Schema.v16),
    Migration(version: 17, name: "the operation behind each dose given", sql: Schema.v17),
    Migration(version: 18, name: "the legevakt's queue shared: visits and their changes over sync", sql: Schema.v18),
    Migration(version: 19, name: "the census shared: wards from the server, stays and their changes over sync", sql: Schema.v19),
    Migration(version: 20, name: "beds out of use; a record removed from the workstation once access to it has ended", sql: Schema.v20),
    Migration(version: 21, name: "two re-triages made at once, each not knowing the other: a triage conflict", sql: Schema.v21),
    Migration(version: 22, name: "an admission made twice is withdrawn, not discharged", sql: Schema.v22),
    Migration(version: 23, name: "a patient met by number alone is kept at once, named by the server later", sql: Schema.v23),
    Migration(version: 24, name: "places granted by the municipality, offered to its nursing homes", sql: Schema.v24),
    Migration(version: 25, name: "the GP office the server names for a patient", sql: Schema.v25),
    Migration(version: 26, name: "notes and patients from elsewhere new until the chart is seen; when a list signed elsewhere came", sql: Schema.v26),
  ]

  static var latest: Int { all.last?.version ?? 0 }

  static func apply(to db: SQLiteDatabase) throws(StoreError) {
    try db.execute(
      """
      CREATE TABLE IF NOT EXISTS schema_migration(
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)
      """)
    let current = try db.statement("SELECT coalesce(max(version), 0) FROM schema_migration")
    _ = try current.step()
    let found = Int(current.int(0))
    current.reset()
    guard found <= latest else { throw .newerSchema(found: found, known: latest) }
    for migration in all where migration.version > found {
      // A table rebuild drops the table lines point at: foreign keys are switched off around
      // it (they cannot be inside a transaction) and checked whole before the commit.
      if migration.rebuildsTables { try db.execute("PRAGMA foreign_keys = OFF") }
      defer { if migration.rebuildsTables { try? db.execute("PRAGMA foreign_keys = ON") } }
      try db.inTransaction { () throws(StoreError) in
        try db.execute(migration.sql)
        if migration.rebuildsTables {
          guard try !db.prepare("PRAGMA foreign_key_check").step() else {
            throw .sqlite(code: 787, message: "foreign key check failed after migration \(migration.version)")
          }
        }
        try db.statement(
          "INSERT INTO schema_migration(version, name, applied_at) VALUES (?, ?, datetime('now'))"
        ).bind(1, migration.version).bind(2, migration.name).run()
      }
    }
  }
}
