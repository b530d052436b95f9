import Clinical
import Foundation
import Screens
import Store
import DevPostgres
import TestSupport
import XCTest

@testable import WorkstationKit

/// The sync thread against a real PostgreSQL: a write reaches the server without anyone asking,
/// and the status says so; with the server away the write waits and the status says offline.
final class BackgroundSyncTests: XCTestCase {
  private var folder = ""

  override func setUp() { folder = NSTemporaryDirectory() + "ws-bg-" + UUID().uuidString }
  override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

  private func waitFor(_ sync: BackgroundSync, _ condition: (SyncStatus) -> Bool, seconds: TimeInterval = 15) -> SyncStatus {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline && !condition(sync.status) { usleep(20_000) }
    return sync.status
  }

  private func saveVitals(_ store: PatientStore) throws {
    let patient = try DecisionLog(store: store).patientID(identifier: CentralFixture.patient)
    try VitalsLog(store: store).save(
      VitalSigns(respirationRate: 22, oxygenSaturation: 95, onOxygen: false, pulse: 104, temperatureTenths: 381),
      for: patient, by: CentralFixture.nurse, at: Date())
  }

  /// A workstation's store in this test's folder, and its sync signed in as `hpr`; the caller
  /// stops the sync.
  private func syncing(_ url: String, as hpr: String, password: String) throws -> (PatientStore, BackgroundSync) {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let store = try CentralFixture.workstation(folder, "a")
    let sync = BackgroundSync(url: url, storePath: store.path, pullInterval: 0.2)
    sync.signIn(hpr: hpr, password: password)
    return (store, sync)
  }

  func test_a_write_reaches_the_server_by_itself_and_the_status_line_says_in_sync() throws {
    let (station, nurse, _, url) = try CentralFixture.withPatient("ws_background")
    let (store, sync) = try syncing(url, as: "9000001", password: "hemmelig")
    defer { sync.stop() }
    XCTAssertEqual(waitFor(sync) { $0.link == .inSync }.pending, 0)
    try saveVitals(store)
    let status = waitFor(sync) { $0.link == .inSync && $0.pending == 0 && (try? Outbox(store: store).pendingCount()) == 0 }
    XCTAssertEqual(status, SyncStatus(link: .inSync, pending: 0, conflicts: 0))
    let other = try CentralFixture.workstation(folder, "b")
    XCTAssertEqual(try SyncPull.pull(other, station, token: nurse), 1, "on the server, from where another workstation pulls it")
    var state = AppState(
      language: .nb, size: .minimum, session: SessionInfo(clinician: CentralFixture.nurse, isDemo: false, storeIsEmpty: false),
      hints: KeyHints(bindings: []), today: Today.civilDate())
    state.sync = SyncStatus(link: .offline, pending: 3, conflicts: 1)
    XCTAssertTrue(AppView.render(state).rowText(0).contains("Frakoblet · 3 venter · 1 konflikt"), AppView.render(state).rowText(0))
    state.sync = SyncStatus(link: .inSync, pending: 0, conflicts: 0, rejected: 2)
    XCTAssertTrue(AppView.render(state).rowText(0).hasSuffix("Synkronisert · 2 avvist "), AppView.render(state).rowText(0))
  }

  func test_with_the_server_away_the_write_waits_and_the_status_says_offline() throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let store = try CentralFixture.workstation(folder, "a")
    // Nothing listens on port 1.
    let sync = BackgroundSync(url: "postgresql://ws_station@127.0.0.1:1/none", storePath: store.path, pullInterval: 0.2)
    defer { sync.stop() }
    sync.signIn(hpr: "9000001", password: "hemmelig")
    try saveVitals(store)
    let status = waitFor(sync) { $0.link == .offline && $0.pending == 1 }
    XCTAssertEqual(status, SyncStatus(link: .offline, pending: 1, conflicts: 0))
    XCTAssertEqual(try Outbox(store: store).pendingCount(), 1, "kept for when the server answers again")
  }
}

extension BackgroundSyncTests {
  /// A server that answers with an error is not "offline": the write waits, and the status line
  /// says to report it (here the push function is missing, as on a server not yet migrated).
  func test_a_server_that_refuses_is_reported_not_shown_as_offline() throws {
    let (_, _, _, url) = try CentralFixture.withPatient("ws_background_refused")
    try CentralFixture.superuser(url).execute("DROP FUNCTION api.push(json)")
    let (store, sync) = try syncing(url, as: "9000001", password: "hemmelig")
    defer { sync.stop() }
    try saveVitals(store)
    XCTAssertEqual(waitFor(sync) { $0.link == .refused && $0.pending == 1 }, SyncStatus(link: .refused, pending: 1, conflicts: 0))
    var state = AppState(
      language: .nb, size: .minimum, session: SessionInfo(clinician: CentralFixture.nurse, isDemo: false, storeIsEmpty: false),
      hints: KeyHints(bindings: []), today: Today.civilDate())
    state.sync = sync.status
    XCTAssertTrue(AppView.render(state).rowText(0).contains("Serverfeil, meld fra · 1 venter"), AppView.render(state).rowText(0))
  }

  /// The server goes away mid-session and comes back: the write waits, the status says offline,
  /// and sync picks up by itself with its backoff, nothing lost.
  func test_sync_resumes_by_itself_when_the_server_comes_back() throws {
    guard ThrowawayCluster.isInstalled else {
      if ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail("PostgreSQL 15 is not installed (.ci/run installs it)") }
      throw XCTSkip("PostgreSQL 15 is not installed")
    }
    let cluster = try ThrowawayCluster(port: 54_000 + Int(getpid() % 1_000))
    defer { cluster.stop() }
    let (_, _, _, url) = try CentralFixture.withPatient(url: try cluster.database("resume"))
    let (store, sync) = try syncing(url, as: "9000001", password: "hemmelig")
    defer { sync.stop() }
    XCTAssertEqual(waitFor(sync) { $0.link == .inSync }.link, .inSync)
    try cluster.halt()
    try saveVitals(store)
    XCTAssertEqual(waitFor(sync) { $0.link == .offline && $0.pending == 1 }, SyncStatus(link: .offline, pending: 1, conflicts: 0))
    try cluster.start()
    XCTAssertEqual(waitFor(sync, { $0.link == .inSync && $0.pending == 0 }, seconds: 40), SyncStatus(link: .inSync, pending: 0, conflicts: 0))
    let other = try CentralFixture.workstation(folder, "b")
    let fresh = try CentralConnection(url: url)
    let token = try CentralLogin.token(fresh, hpr: "9000001", password: "hemmelig")
    XCTAssertEqual(try SyncPull.pull(other, fresh, token: token), 1, "the set that waited is on the server")
  }
}

extension BackgroundSyncTests {
  /// A write the server refuses (here: no care relation for the GP office's doctor) is kept
  /// locally with its reason and counted in the status line, never dropped in silence.
  func test_a_refused_write_is_kept_and_counted_in_the_status() throws {
    let (_, _, _, url) = try CentralFixture.withPatient("ws_background_refused")
    let (store, sync) = try syncing(url, as: "9000002", password: "annet")
    defer { sync.stop() }
    try saveVitals(store)
    XCTAssertEqual(waitFor(sync) { $0.rejected == 1 }, SyncStatus(link: .inSync, pending: 0, conflicts: 0, rejected: 1))
    let patient = try DecisionLog(store: store).patientID(identifier: CentralFixture.patient)
    XCTAssertEqual(try VitalsLog(store: store).latest(patient, limit: 5).count, 1, "still here")
  }
}
