import Clinical
import Foundation

/// Builds a demo store of a synthetic population. The file is built beside its final place with
/// the journal off (nothing to protect yet) and renamed into place only when complete, so a
/// crash or a full disk mid-build never leaves a half store behind.
public enum DemoStoreBuilder {
  /// Creates the demo store at `path` (replacing one that is there) and opens it.
  public static func build(
    at path: String, population: SyntheticPopulation
  ) throws(StoreError) -> PatientStore {
    let building = path + ".building"
    try? FileManager.default.removeItem(atPath: building)
    do {
      try load(into: building, population)
    } catch {
      try? FileManager.default.removeItem(atPath: building)
      throw error
    }
    for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    guard rename(building, path) == 0 else { throw .cannotOpen(path: path) }
    return try PatientStore(path: path, kind: .demo)
  }

  private static func load(into path: String, _ population: SyntheticPopulation) throws(StoreError) {
    let db = try SQLiteDatabase(path: path, create: true)
    try db.execute(
      "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; "
        + "PRAGMA temp_store=MEMORY; PRAGMA foreign_keys=OFF; PRAGMA threads=2")
    try Migrations.apply(to: db)
    try db.execute(SearchIndexes.drop)
    let writer = try PatientWriter(db: db, kind: .demo)
    try db.inTransaction { () throws(StoreError) in
      try StoreMeta.set("kind", StoreKind.demo.rawValue, in: db)
      try StoreMeta.set("population.seed", String(population.seed), in: db)
      try StoreMeta.set("population.size", String(population.size), in: db)
      for municipality in population.municipalities { try writer.insertMunicipality(municipality) }
      var gpIDs: [Int64] = []
      for gp in population.gps { gpIDs.append(try writer.insertGP(gp)) }
      let pipe = RecordPipe.generating(population)
      do throws(StoreError) {
        while let chunk = pipe.next() {
          for record in chunk { try writer.insert(record, gpID: record.gpIndex.map { gpIDs[$0] }) }
        }
      } catch {
        pipe.cancel()
        throw error
      }
    }
    try db.execute(SearchIndexes.create)
    try db.execute(SearchIndexes.rebuildNames)
    try db.execute("PRAGMA analysis_limit=1000; ANALYZE")
    // The load ran with foreign keys off for speed; prove it left no dangling reference.
    guard try !db.prepare("PRAGMA foreign_key_check").step() else {
      throw .sqlite(code: 787, message: "foreign key check failed after load")
    }
  }
}
