import Foundation
import Store

/// What SQLite itself costs on this machine in this run, with none of our code around it.
enum EngineBaseline {
  /// Primary-key lookups on the patient table: the floor under any search.
  static func indexedLookups(store: PatientStore, count: Int) throws -> Measurement {
    let statement = try store.db.prepare("SELECT id FROM patient WHERE id = ?")
    var m = Measurement()
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<count {
      let id = Int64.random(in: 1...1_000, using: &generator)
      try m.time {
        statement.bind(1, id)
        _ = try statement.step()
        _ = try statement.step()
      }
    }
    return m
  }

  /// Inserting as many rows of one integer and one short text as there are patients.
  static func bulkInsert(rows: Int, folder: String) throws {
    let db = try SQLiteDatabase(path: folder + "/baseline.sqlite", create: true)
    try db.execute("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; CREATE TABLE t(id INTEGER PRIMARY KEY, s TEXT)")
    let insert = try db.prepare("INSERT INTO t(s) VALUES (?)")
    try db.inTransaction { () throws(StoreError) in
      for i in 0..<rows { try insert.bind(1, "kari nordmann \(i)").run() }
    }
  }

  /// One-row inserts each committed on their own, as durable as a clinical write.
  static func committedInserts(store: PatientStore, count: Int) throws -> Measurement {
    try store.db.execute("CREATE TABLE IF NOT EXISTS bench_commit(id INTEGER PRIMARY KEY, v TEXT)")
    let insert = try store.db.prepare("INSERT INTO bench_commit(v) VALUES (?)")
    var m = Measurement()
    for i in 0..<count {
      try m.time { try store.db.inTransaction { () throws(StoreError) in try insert.bind(1, "row \(i)").run() } }
    }
    return m
  }

  static func openAndQuery(_ path: String) throws {
    let db = try SQLiteDatabase(path: path, create: false)
    _ = try db.prepare("SELECT count(*) FROM store_meta").step()
  }
}
