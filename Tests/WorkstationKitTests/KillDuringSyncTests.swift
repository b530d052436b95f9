import Clinical
import Foundation
import Store
import TestSupport
import XCTest

/// `kill -9` of the real `workstation sync` at random moments, a hundred times, while this
/// process goes on writing to the same store: after every kill the store passes
/// `PRAGMA integrity_check` and holds every write that returned; at the end one sync finishes and
/// every operation is on the server exactly once.
final class KillDuringSyncTests: XCTestCase {
  func test_a_hundred_kills_during_sync_lose_no_acknowledged_write() throws {
    let binary = try builtWorkstation()
    let (_, _, _, url) = try CentralFixture.withPatient("ws_kill")
    let admin = try CentralFixture.superuser(url)
    let folder = NSTemporaryDirectory() + "ws-kill-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = try CentralFixture.workstation(folder, "kill")
    let patient = try DecisionLog(store: store).patientID(identifier: CentralFixture.patient)
    let sync = [binary, "--store", store.path, "sync", url, "--hpr", "9000001"]
    var written: [Date] = []
    var killedRunning = 0
    var generator = SeededGenerator(seed: 20_261_128)
    for iteration in 0..<100 {
      for _ in 0...generator.below(3) {
        let at = Date(timeIntervalSince1970: 1_795_768_200 + Double(written.count))
        try VitalsLog(store: store).save(
          VitalSigns(respirationRate: 16, oxygenSaturation: 97, onOxygen: false, pulse: 60 + generator.below(60)),
          for: patient, by: CentralFixture.nurse, at: at)
        written.append(at)
      }
      let pid = try Subprocess.start(sync, input: "hemmelig\n")
      usleep(UInt32(generator.below(120_000)))
      kill(pid, SIGKILL)
      var status: Int32 = 0
      while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
      // WIFSIGNALED, spelled out: killed before it finished on its own.
      if status & 0x7F == SIGKILL { killedRunning += 1 }
      XCTAssertEqual(try store.db.prepare("PRAGMA integrity_check").rows { $0.text(0) }, ["ok"], "after kill \(iteration)")
      XCTAssertEqual(try VitalsLog(store: store).latest(patient, limit: 1_000).count, written.count, "every write that returned, after kill \(iteration)")
    }
    XCTAssertGreaterThan(killedRunning, 10, "kills land while the sync runs")
    let partly = try admin.query("SELECT count(*) FROM core.vital_signs")
    XCTAssertGreaterThan(Int(partly.first?.first.flatMap { $0 } ?? "0") ?? 0, 0, "some pushes got through between kills")
    let last = try Subprocess.run(sync, input: "hemmelig\n")
    XCTAssertEqual(last.status, 0, last.output)
    XCTAssertEqual(try Outbox(store: store).pendingCount(), 0)
    let ops = try store.db.prepare("SELECT op_id FROM vital_signs WHERE patient_id = ?").bind(1, patient).rows { $0.text(0) }
    XCTAssertEqual(ops.count, written.count)
    let onServer = try admin.query("SELECT count(*)::text, count(DISTINCT op_id)::text FROM core.vital_signs WHERE op_id = ANY ($1::uuid[])", ["{" + ops.joined(separator: ",") + "}"])
    XCTAssertEqual(onServer, [[String(written.count), String(written.count)]], "each once")
  }
}
