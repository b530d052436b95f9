import Clinical
import Screens
import TestSupport
import XCTest

@testable import Store

/// What is on the screen follows sync: an open chart is read again when changes arrive from
/// elsewhere (a measurement taken at the triage station appears on the doctor's open chart, and
/// reading it again is not logged as another opening), as are the conflicts list, the inbox and an
/// open case.
final class SyncRefreshTests: XCTestCase {
  private func inbox(_ h: Harness) -> DecisionInboxState? {
    if case .decisions(let s) = h.state.top { return s }
    return nil
  }

  func test_changes_that_arrive_by_sync_show_on_the_open_chart() throws {
    let h = try Harness()
    h.type("07917513311")
    h.perform(.lookupOpenChart)
    guard case .chart(let before) = h.state.top else { return XCTFail("the chart did not open") }
    let openings = before.summary.recentAccess.count
    let store = try h.demoStore()
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

  func test_the_conflicts_list_and_an_open_case_follow_sync() throws {
    let h = try Harness()
    h.perform(.goConflicts)
    XCTAssertTrue(h.text.contains("Ingen konflikter"), h.text)
    let store = try h.demoStore()
    let ola = try DecisionLog(store: store).patientID(identifier: "07917513311")
    try SyncConflicts(store: store).record(.cave, patientID: ola, opID: "cave-elsewhere", origin: "Kari Kollega 27.11.2026", at: Harness.now)
    h.session.dispatch(.syncStatusChanged(SyncStatus(link: .inSync, pending: 0, conflicts: 1)))
    XCTAssertTrue(h.text.contains("Konflikter som venter på en kliniker (1)"), h.text)

    h.perform(.goDecisions)
    // The inbox follows what arrives, as the case does.
    let last = try XCTUnwrap(inbox(h)?.cases.last)
    XCTAssertNotEqual(last.id, inbox(h)?.selected?.id)
    try DecisionLog(store: store).preliminaryAnswer(last.id, on: h.state.today, by: CentralFixture.colleague, at: Harness.now + 30)
    XCTAssertNil(inbox(h)?.cases.last?.preliminaryAnswer)
    h.session.dispatch(.syncStatusChanged(SyncStatus(link: .inSync, pending: 0, conflicts: 1, arrived: 1)))
    XCTAssertEqual(inbox(h)?.cases.last?.preliminaryAnswer, h.state.today)
    h.perform(.decisionOpen)
    guard case .serviceCase(let open) = h.state.top else { return XCTFail("the case did not open: \(h.text)") }
    XCTAssertFalse(h.text.contains("foreløpig svar sendt"), h.text)
    // A step taken elsewhere, as pull takes it in.
    try DecisionLog(store: store).preliminaryAnswer(open.caseID, on: h.state.today, by: CentralFixture.colleague, at: Harness.now + 60)
    h.session.dispatch(.syncStatusChanged(SyncStatus(link: .inSync, pending: 0, conflicts: 1, arrived: 2)))
    XCTAssertTrue(h.text.contains("foreløpig svar sendt · Kari Kollega"), h.text)
  }

  func test_the_legevakt_queue_follows_sync() throws {
    let h = try Harness()
    h.perform(.goTriage)
    guard case .triage(let before) = h.state.top else { return XCTFail("the queue did not open: \(h.text)") }
    let store = try h.demoStore()
    let ola = try DecisionLog(store: store).patientID(identifier: "07917513311")
    // A walk-in registered at the reception's terminal, as pull takes it in.
    try TriageLog(store: store).register(patientID: ola, complaint: .breathing, vitals: VitalSigns(pulse: 120), by: CentralFixture.colleague, at: Harness.now)
    h.session.dispatch(.syncStatusChanged(SyncStatus(link: .inSync, pending: 0, conflicts: 0, arrived: 1)))
    guard case .triage(let after) = h.state.top else { return XCTFail("still the queue") }
    XCTAssertEqual(after.visits.count, before.visits.count + 1, h.text)
  }

  /// A re-triage made here comes back from the server behind another made at once elsewhere:
  /// nothing new arrived, but the level is now in dispute, and the queue shows it.
  func test_the_queue_shows_a_level_in_dispute_found_when_its_own_change_comes_back() throws {
    let h = try Harness()
    h.perform(.goTriage)
    let store = try h.demoStore()
    guard case .triage(let before) = h.state.top, let visit = before.visits.first else { return XCTFail(h.text) }
    try store.db.statement("UPDATE triage_visit SET uid = 'f0f0f0f0-0000-4000-8000-000000000002' WHERE id = ?").bind(1, visit.id).run()
    let sync = TriageSync(db: store.db)
    for (level, op) in [(TriageLevel.red, "here"), (.blue, "elsewhere")] {
      try sync.keep(visit.id, change: "level", status: .waiting, level: level, reason: "Sim", by: "Per Hansen", at: AuditLog.format(Harness.now), opID: op, seen: [])
    }
    try sync.settle(visit.id)
    h.session.dispatch(.syncStatusChanged(SyncStatus(link: .inSync, pending: 0, conflicts: 1, arrived: 0)))
    guard case .triage(let after) = h.state.top else { return XCTFail("still the queue") }
    XCTAssertEqual(after.visits.first { $0.id == visit.id }?.dispute?.level, .blue, h.text)
  }

  func test_the_census_follows_sync_but_not_under_an_open_question() throws {
    let h = try Harness()
    h.perform(.goCensus)
    let store = try h.demoStore()
    guard case .census(let before) = h.state.top, let stay = before.selected?.occupant?.stayID else { return XCTFail(h.text) }
    // Discharged at another workstation of the home, as pull takes it in.
    try CensusLog(store: store).discharge(stay, to: .home, on: h.state.today, by: CentralFixture.colleague, at: Harness.now)
    h.perform(.censusTransfer)
    h.session.dispatch(.syncStatusChanged(SyncStatus(link: .inSync, pending: 0, conflicts: 0, arrived: 1)))
    guard case .census(let asking) = h.state.top else { return XCTFail("still the census") }
    XCTAssertNotNil(asking.selected?.occupant, "the question's bed stays as it was while it is open")
    h.perform(.formCancel)
    h.session.dispatch(.syncStatusChanged(SyncStatus(link: .inSync, pending: 0, conflicts: 0, arrived: 2)))
    guard case .census(let after) = h.state.top else { return XCTFail("still the census") }
    XCTAssertNil(after.selected?.occupant, "the bed is free: \(h.text)")
  }

  /// Access that ends while the chart stands open closes it at the next sync, with why.
  func test_an_open_chart_closes_when_its_access_has_ended() throws {
    let h = try Harness()
    h.type("07917513311")
    h.perform(.lookupOpenChart)
    guard case .chart = h.state.top else { return XCTFail("the chart did not open") }
    let store = try h.demoStore()
    let ola = try DecisionLog(store: store).patientID(identifier: "07917513311")
    try CareBasis(store: store).inCare(ola, until: Harness.now - 60)
    // As the sync round removes the record.
    XCTAssertEqual(try RecordPurge(store: store).run(at: Harness.now), 1)
    h.session.dispatch(.syncStatusChanged(SyncStatus(link: .inSync, pending: 0, conflicts: 0, arrived: 1)))
    guard case .lookup = h.state.top else { return XCTFail("the chart is still open: \(h.text)") }
    XCTAssertTrue(h.text.contains("Behandlingsrelasjonen er avsluttet"), h.text)
    XCTAssertFalse(h.text.contains("Nordmann"), "the lookup is asked again, and the record is gone: \(h.text)")
  }
}
