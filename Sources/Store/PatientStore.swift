import Clinical
import Foundation

/// The workstation's local store: one SQLite file, safety settings checked at every open.
public final class PatientStore {
  public let db: SQLiteDatabase
  public let kind: StoreKind
  public let path: String

  /// Opens an existing store or creates an empty one of `kind`. Refuses a store of the other
  /// kind, so a demo store can never be mistaken for real patients or the other way round.
  public init(path: String, kind: StoreKind) throws(StoreError) {
    let exists = FileManager.default.fileExists(atPath: path)
    db = try SQLiteDatabase(path: path, create: true)
    self.path = path
    self.kind = kind
    try StoreSettings.apply(to: db)
    try Migrations.apply(to: db)
    let recordedKind = try StoreMeta.get("kind", in: db)
    if !exists || recordedKind == nil {
      try StoreMeta.set("kind", kind.rawValue, in: db)
      try db.execute(SearchIndexes.create)
    }
    let found = StoreKind(rawValue: recordedKind ?? kind.rawValue) ?? .production
    guard found == kind else { throw .wrongKind(expected: kind, found: found) }
  }

  /// True when the store holds no patients yet.
  public func isEmpty() throws(StoreError) -> Bool {
    let statement = try db.statement("SELECT NOT EXISTS (SELECT 1 FROM patient)")
    _ = try statement.step()
    let empty = statement.int(0) == 1
    statement.reset()
    return empty
  }

  public func meta(_ key: String) throws(StoreError) -> String? {
    try StoreMeta.get(key, in: db)
  }
}
