import Clinical
import Foundation
import XCTest

@testable import Store

final class VitalsLogTests: XCTestCase {
  var folder = ""
  override func setUp() { folder = temporaryFolder() }
  override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

  let set = VitalSigns(
    respirationRate: 16, oxygenSaturation: 90, scale: .two, onOxygen: true, systolicPressure: 130,
    pulse: 80, consciousness: .alert, temperatureTenths: 371)

  func test_vitals_are_stored_and_read_back_newest_first() throws {
    let store = try DemoStoreBuilder.build(at: folder + "/demo.sqlite", population: SyntheticPopulation(size: 20))
    try store.db.execute("UPDATE patient SET hypercapnic_target = 1 WHERE id = 4")
    let log = VitalsLog(store: store)
    try log.save(set, for: 4, by: .demo, at: Date(timeIntervalSince1970: 1_795_000_000))
    var second = set
    second.pulse = 95
    try log.save(second, for: 4, by: .demo, at: Date(timeIntervalSince1970: 1_795_000_600))
    let read = try log.latest(4, limit: 10)
    XCTAssertEqual(read.map(\.signs), [second, set])
    XCTAssertEqual(read.first?.recordedBy, "Demo Demosen")
    XCTAssertEqual(try PatientReader(store: store).summary(4).vitals.count, 2)
  }

  func test_the_store_refuses_scale_2_without_a_target_and_values_out_of_bounds() throws {
    let store = try DemoStoreBuilder.build(at: folder + "/demo.sqlite", population: SyntheticPopulation(size: 20))
    let log = VitalsLog(store: store)
    XCTAssertThrowsError(try log.save(set, for: 1, by: .demo, at: Date())) {
      XCTAssertEqual($0 as? StoreError, .refusedVitals)
    }
    var wild = set
    wild.scale = .one
    wild.pulse = 900
    XCTAssertThrowsError(try log.save(wild, for: 1, by: .demo, at: Date()))
    XCTAssertEqual(try log.latest(1, limit: 5).count, 0)
  }

  func test_a_version_1_store_is_migrated_to_hold_vital_signs() throws {
    let path = folder + "/old.sqlite"
    let old = try SQLiteDatabase(path: path, create: true)
    try old.execute(
      "CREATE TABLE schema_migration(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    try old.execute(Schema.v1)
    try old.execute("INSERT INTO schema_migration VALUES (1, 'v1', 'then'); INSERT INTO store_meta VALUES ('kind', 'production')")
    let store = try PatientStore(path: path, kind: .production)
    let version = try store.db.prepare("SELECT max(version) FROM schema_migration")
    _ = try version.step()
    XCTAssertEqual(Int(version.int(0)), Migrations.latest)
    XCTAssertEqual(try VitalsLog(store: store).latest(1, limit: 1).count, 0)
  }
}
