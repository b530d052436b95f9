import Clinical
import Screens
import XCTest

@testable import Store

/// An open chart is read again when sync brings changes from elsewhere: a measurement taken at
/// the triage station appears on the doctor's open chart without reopening it, and reading it
/// again is not logged as another opening.
final class ChartRefreshTests: XCTestCase {
  func test_changes_that_arrive_by_sync_show_on_the_open_chart() throws {
    let h = try Harness()
    h.type("07917513311")
    h.perform(.lookupOpenChart)
    guard case .chart(let before) = h.state.top else { return XCTFail("the chart did not open") }
    let openings = before.summary.recentAccess.count
    let store = try PatientStore(path: h.folder + "/demo.sqlite", kind: .demo)
    let ola = try DecisionLog(store: store).patientID(identifier: "07917513311")
    // As pull stores a set measured at another workstation.
    try VitalsLog(store: store).insert(
      VitalSigns(respirationRate: 26, oxygenSaturation: 90, onOxygen: true, systolicPressure: 92, pulse: 131, consciousness: .alert, temperatureTenths: 392),
      for: ola, takenAt: Harness.now, by: "Nina Natt", opID: "measured-elsewhere")
    XCTAssertFalse(h.text.contains("131"), h.text)
    h.session.dispatch(.syncStatusChanged(SyncStatus(link: .inSync, pending: 0, conflicts: 0, arrived: 1)))
    XCTAssertTrue(h.text.contains("131"), "the pulse measured elsewhere: \(h.text)")
    guard case .chart(let after) = h.state.top else { return XCTFail("still the chart") }
    XCTAssertEqual(after.summary.recentAccess.count, openings, "read again, not opened again")
    h.session.dispatch(.syncStatusChanged(SyncStatus(link: .inSync, pending: 1, conflicts: 0, arrived: 1)))
    XCTAssertEqual(h.state.sync?.pending, 1, "a status without new changes only updates the status line")
  }
}
