import Clinical
import Foundation
import XCTest

@testable import Store

final class DemoResetTests: XCTestCase {
  var folder = ""

  override func setUp() { folder = temporaryFolder() }
  override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

  /// FNV-1a over every row of every content table: equal means the same content. Left out: the
  /// trigram index (derived from patient) and schema_migration, whose applied_at is the time a
  /// rebuild ran, not content.
  func checksum(_ store: PatientStore) throws -> UInt64 {
    let tables = try store.db.prepare(
      """
      SELECT name FROM sqlite_schema WHERE type = 'table'
        AND name NOT LIKE 'patient_name_fts%' AND name != 'schema_migration' ORDER BY name
      """
    ).rows { $0.text(0) }
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for table in tables {
      let rows = try store.db.prepare("SELECT * FROM \(table)")
      while try rows.step() {
        for column in 0..<rows.columnCount {
          for byte in (rows.optionalText(column) ?? "∅").utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
          }
        }
      }
    }
    return hash
  }

  func test_reset_restores_the_exact_seeded_state() throws {
    let path = folder + "/demo.sqlite"
    var store: PatientStore? = try DemoStoreBuilder.build(at: path, population: SyntheticPopulation(size: 500))
    let seeded = try checksum(XCTUnwrap(store))
    _ = try AuditLog(store: XCTUnwrap(store)).openChart(1, by: .demo, basis: .directLookup, at: Date())
    XCTAssertNotEqual(try checksum(XCTUnwrap(store)), seeded)
    store = nil
    let restored = try DemoStoreBuilder.restoreSeeded(at: path)
    XCTAssertEqual(try checksum(restored), seeded)
    XCTAssertEqual(try PatientReader(store: restored).access(1, limit: 5).count, 0)
  }

  func test_a_store_without_a_seed_copy_is_rebuilt_from_its_recorded_population() throws {
    let path = folder + "/demo.sqlite"
    var store: PatientStore? = try DemoStoreBuilder.build(at: path, population: SyntheticPopulation(seed: 7, size: 300))
    let seeded = try checksum(XCTUnwrap(store))
    _ = try AuditLog(store: XCTUnwrap(store)).openChart(2, by: .demo, basis: .directLookup, at: Date())
    store = nil
    try FileManager.default.removeItem(atPath: DemoStoreBuilder.seedPath(path))
    let rebuilt = try DemoStoreBuilder.restoreSeeded(at: path)
    XCTAssertEqual(try checksum(rebuilt), seeded)
  }
}
