import Clinical
import Foundation
import XCTest

@testable import Store

final class StoreSafetyTests: XCTestCase {
  var folder = ""

  override func setUp() { folder = temporaryFolder() }
  override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

  func test_a_new_store_is_wal_synchronous_full_with_foreign_keys_and_migrated() throws {
    let store = try PatientStore(path: folder + "/s.sqlite", kind: .production)
    func pragma(_ name: String) throws -> String {
      let s = try store.db.prepare("PRAGMA \(name)")
      _ = try s.step()
      return s.text(0)
    }
    XCTAssertEqual(try pragma("journal_mode"), "wal")
    XCTAssertEqual(try pragma("synchronous"), "2")
    XCTAssertEqual(try pragma("foreign_keys"), "1")
    let v = try store.db.prepare("SELECT max(version) FROM schema_migration")
    _ = try v.step()
    XCTAssertEqual(Int(v.int(0)), Migrations.latest)
    XCTAssertTrue(try store.isEmpty())
  }

  func test_reopening_does_not_migrate_twice() throws {
    let path = folder + "/s.sqlite"
    _ = try PatientStore(path: path, kind: .production)
    let again = try PatientStore(path: path, kind: .production)
    let count = try again.db.prepare("SELECT count(*) FROM schema_migration")
    _ = try count.step()
    XCTAssertEqual(count.int(0), Int64(Migrations.all.count))
  }

  func test_a_file_that_is_not_a_database_is_refused_as_corrupt_and_left_untouched() throws {
    let path = folder + "/s.sqlite"
    let garbage = Data(repeating: 0x41, count: 8192)
    try garbage.write(to: URL(fileURLWithPath: path))
    XCTAssertThrowsError(try PatientStore(path: path, kind: .production)) { error in
      guard case StoreError.corrupt = error else { return XCTFail("\(error)") }
    }
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), garbage)
  }

  func test_a_demo_store_cannot_be_opened_as_a_real_one_or_the_reverse() throws {
    let demo = folder + "/demo.sqlite"
    _ = try DemoStoreBuilder.build(at: demo, population: SyntheticPopulation(size: 20))
    XCTAssertThrowsError(try PatientStore(path: demo, kind: .production)) {
      XCTAssertEqual($0 as? StoreError, .wrongKind(expected: .production, found: .demo))
    }
    let real = folder + "/real.sqlite"
    _ = try PatientStore(path: real, kind: .production)
    XCTAssertThrowsError(try PatientStore(path: real, kind: .demo)) {
      XCTAssertEqual($0 as? StoreError, .wrongKind(expected: .demo, found: .production))
    }
  }

  func test_a_production_store_refuses_a_synthetic_number() throws {
    let store = try PatientStore(path: folder + "/s.sqlite", kind: .production)
    var kari: PatientRecord?
    SyntheticPopulation(size: 1).forEachPatient { kari = $0 }
    let writer = try PatientWriter(db: store.db, kind: .production)
    try writer.insertMunicipality(Municipality(code: "5001", name: "Trondheim", county: "Trøndelag"))
    XCTAssertThrowsError(try writer.insert(try XCTUnwrap(kari), gpID: nil)) {
      XCTAssertEqual($0 as? StoreError, .syntheticNumberInProductionStore)
    }
    XCTAssertTrue(try store.isEmpty())
  }

  func test_a_store_made_by_a_newer_version_is_refused() throws {
    let path = folder + "/s.sqlite"
    let store = try PatientStore(path: path, kind: .production)
    try store.db.execute(
      "INSERT INTO schema_migration(version, name, applied_at) VALUES (999, 'future', 'now')")
    XCTAssertThrowsError(try PatientStore(path: path, kind: .production)) {
      XCTAssertEqual($0 as? StoreError, .newerSchema(found: 999, known: Migrations.latest))
    }
  }

  func test_a_store_held_by_another_writer_reports_locked_and_loses_nothing() throws {
    let path = folder + "/demo.sqlite"
    let store = try DemoStoreBuilder.build(at: path, population: SyntheticPopulation(size: 20))
    let other = try SQLiteDatabase(path: path, create: false)
    try other.execute("BEGIN IMMEDIATE")
    XCTAssertThrowsError(
      try AuditLog(store: store).openChart(1, by: .demo, basis: .directLookup, at: Date())
    ) { XCTAssertEqual($0 as? StoreError, .locked) }
    try other.execute("ROLLBACK")
    XCTAssertEqual(try PatientReader(store: store).access(1, limit: 5).count, 0)
    _ = try AuditLog(store: store).openChart(1, by: .demo, basis: .directLookup, at: Date())
    XCTAssertEqual(try PatientReader(store: store).access(1, limit: 5).count, 1)
  }

  func test_a_store_opened_read_only_refuses_to_open_a_chart_because_it_cannot_log_it() throws {
    let path = folder + "/demo.sqlite"
    _ = try DemoStoreBuilder.build(at: path, population: SyntheticPopulation(size: 20))
    let store = try PatientStore(path: path, kind: .demo)
    try store.db.execute("PRAGMA query_only=ON")
    XCTAssertThrowsError(
      try AuditLog(store: store).openChart(1, by: .demo, basis: .directLookup, at: Date())
    ) { XCTAssertEqual($0 as? StoreError, .readOnly) }
    let ids = try PatientSearch(store: store).ids(for: query("kari"), limit: 5)
    XCTAssertFalse(ids.isEmpty, "looking up still works on a read-only store")
  }

  func test_a_full_disk_keeps_the_chart_closed_and_loses_nothing_already_stored() throws {
    let path = folder + "/demo.sqlite"
    let store = try DemoStoreBuilder.build(at: path, population: SyntheticPopulation(size: 20))
    let log = AuditLog(store: store)
    _ = try log.openChart(1, by: .demo, basis: .directLookup, at: Date())
    // No room for one more page: SQLite answers SQLITE_FULL exactly as on a full disk.
    try store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    let pages = try store.db.prepare("PRAGMA page_count")
    _ = try pages.step()
    try store.db.execute("PRAGMA max_page_count = \(pages.int(0))")
    var failures = 0
    for _ in 0..<200 {
      do {
        _ = try log.openChart(1, by: .demo, basis: .directLookup, at: Date())
      } catch StoreError.diskFull {
        failures += 1
        break
      }
    }
    XCTAssertEqual(failures, 1, "the store filled up and said so")
    let before = try PatientReader(store: store).access(1, limit: 1_000).count
    try store.db.execute("PRAGMA max_page_count = 1073741823")
    _ = try log.openChart(1, by: .demo, basis: .directLookup, at: Date())
    XCTAssertEqual(try PatientReader(store: store).access(1, limit: 1_000).count, before + 1)
    XCTAssertEqual(try PatientReader(store: store).summary(1).listing.name.full, "Kari Nordmann")
  }

  func test_a_demo_store_refuses_a_number_of_the_real_series() throws {
    let store = try DemoStoreBuilder.build(at: folder + "/demo.sqlite", population: SyntheticPopulation(size: 10))
    let writer = try PatientWriter(db: store.db, kind: .demo)
    let real = PatientRecord(
      name: PersonName(given: "Ekte", family: "Person"),
      birthDate: CivilDate(year: 1899, month: 12, day: 31)!, sex: .male,
      identifier: "31129956715", identifierKind: .birthNumber, municipalityCode: "5001",
      gpIndex: nil, cave: [], contacts: [])
    XCTAssertThrowsError(try writer.insert(real, gpID: nil)) {
      XCTAssertEqual($0 as? StoreError, .realNumberInDemoStore)
    }
    let ids = try PatientSearch(store: store).ids(for: query("31129956715"), limit: 5)
    XCTAssertEqual(ids, [])
  }
}

final class MigrationTests: XCTestCase {
  /// The rebuild of the medication-source table keeps every list and line of a store made before
  /// it, with foreign keys whole and switched on again after.
  func test_rebuilding_a_referenced_table_keeps_its_rows_and_foreign_keys() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let db = try SQLiteDatabase(path: folder + "/old.sqlite", create: true)
    try db.execute("PRAGMA foreign_keys = ON")
    try db.execute("CREATE TABLE schema_migration(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    for migration in Migrations.all where migration.version <= 10 {
      try db.execute(migration.sql)
      try db.statement("INSERT INTO schema_migration VALUES (?, ?, 'then')").bind(1, migration.version).bind(2, migration.name).run()
    }
    try db.execute(
      """
      INSERT INTO patient(id, given, family, name_key, vista_key, birth_date, sex) VALUES (1, 'Kari', 'Nordmann', 'kari nordmann', 'n23460', 19480312, 'F');
      INSERT INTO medication_source(id, patient_id, kind, dated, origin, recorded_at) VALUES (7, 1, 'discharge', 20261120, 'Epikrise', 'then');
      INSERT INTO medication_line(source_id, position, atc, drug, dose, frequency, route, indication, prescriber, status)
        VALUES (7, 0, 'C03CA01', 'Furosemid', '40 mg', '1 x 1', 'oral', '', '', 'active');
      """)
    try Migrations.apply(to: db)
    let s = try db.prepare("SELECT (SELECT max(version) FROM schema_migration), (SELECT count(*) FROM medication_line WHERE source_id = 7), (SELECT kind FROM medication_source WHERE id = 7)")
    XCTAssertTrue(try s.step())
    XCTAssertEqual(s.int(0), Int64(Migrations.latest))
    XCTAssertEqual(s.int(1), 1)
    XCTAssertEqual(s.text(2), "discharge")
    let fk = try db.prepare("PRAGMA foreign_keys")
    XCTAssertTrue(try fk.step())
    XCTAssertEqual(fk.int(0), 1, "switched on again")
    try db.execute("INSERT INTO medication_source(patient_id, kind, dated, origin, recorded_at) VALUES (1, 'other-record', 20261127, 'Legevakten', 'now')")
    XCTAssertThrowsError(try db.execute("INSERT INTO medication_source(patient_id, kind, dated, origin, recorded_at) VALUES (99, 'other-record', 20261127, 'x', 'now')"), "foreign keys hold")
  }
}
