import Foundation
import XCTest

@testable import Store

extension MigrationTests {
  /// The rebuild of the conflict table for triage conflicts keeps an open conflict of a store
  /// made before it, every field of it, and stays gain their mark as not withdrawn.
  func test_open_conflicts_and_stays_from_before_triage_conflicts_keep_every_field() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // A store as version 20 left it, with a bed conflict still open.
    let path = folder + "/v20.sqlite"
    let old = try SQLiteDatabase(path: path, create: true)
    try old.execute("CREATE TABLE schema_migration(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    for migration in Migrations.all where migration.version <= 20 {
      try old.execute(migration.sql)
      try old.statement("INSERT INTO schema_migration VALUES (?, ?, 'then')").bind(1, migration.version).bind(2, migration.name).run()
    }
    try old.execute(
      """
      INSERT INTO store_meta VALUES ('kind', 'production');
      INSERT INTO patient(id, given, family, name_key, vista_key, birth_date, sex) VALUES (1, 'Kari', 'Prøve', 'kari prove', 'p:1', 19480315, 'F');
      INSERT INTO municipality VALUES ('5001', 'Trondheim', 'Trøndelag');
      INSERT INTO ward(id, name, municipality_code) VALUES (1, 'Avdeling 1', '5001');
      INSERT INTO bed(id, ward_id, label, stay_type) VALUES (1, 1, '101', 'long-term');
      INSERT INTO stay(id, patient_id, bed_id, municipality_code, stay_type, admitted) VALUES (7, 1, 1, '5001', 'long-term', 20261127);
      INSERT INTO sync_conflict(patient_id, kind, op_id, origin, detected_at, field, other_value, stay_id)
        VALUES (1, 'bed', 'op-1', 'Ola Omsorg 27.11.2026 09:00', '2026-11-27T09:00:00Z', NULL, 'annen', 7);
      """)
    let store = try PatientStore(path: path, kind: .production)
    let row = try store.db.prepare(
      "SELECT kind, op_id, origin, detected_at, other_value, stay_id, visit_id, resolved_at FROM sync_conflict"
    ).rows { [$0.text(0), $0.text(1), $0.text(2), $0.text(3), $0.optionalText(4), $0.optionalInt(5).map(String.init), $0.optionalInt(6).map(String.init), $0.optionalText(7)] }
    XCTAssertEqual(row, [["bed", "op-1", "Ola Omsorg 27.11.2026 09:00", "2026-11-27T09:00:00Z", "annen", "7", nil, nil]])
    XCTAssertEqual(try SyncConflicts(store: store).open(limit: 5).map(\.stayID), [7])
    XCTAssertEqual(try store.db.prepare("SELECT withdrawn, discharged FROM stay WHERE id = 7").rows { [$0.int(0), $0.optionalInt(1) ?? -1] }, [[0, -1]])
    XCTAssertEqual(try store.db.prepare("PRAGMA foreign_key_check").rows { $0.text(0) }, [])
  }
}
