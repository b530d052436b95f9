import Clinical
import Screens
import XCTest

@testable import Store

/// The conflicts list leads to where a conflict is resolved: a medication list signed elsewhere
/// at the same time shows in the list and as a marker in the chart, opens on the reconciliation
/// screen, and is gone from both once the reconciled list is signed.
final class ConflictTests: XCTestCase {
  func test_a_medication_list_conflict_opens_on_reconciliation_and_signing_resolves_it() throws {
    let h = try Harness()
    h.perform(.goConflicts)
    XCTAssertTrue(h.text.contains("Ingen konflikter"), h.text)

    let store = try h.demoStore()
    let ola = try DecisionLog(store: store).patientID(identifier: "07917513311")
    let log = MedicationLog(store: store)
    try log.sign(
      [MedicationLine(atc: "C03CA01", drug: "Furosemid", dose: "40 mg", frequency: "1 x 1")],
      classifications: [:], reasons: [:], sources: [], for: ola, by: .demo, at: Harness.now.addingTimeInterval(-3_600))
    let origin = "Kari Kollega, lege 27.11.2026 14:02"
    try log.recordOtherVersion(
      [MedicationLine(atc: "C03CA01", drug: "Furosemid", dose: "80 mg", frequency: "1 x 1")],
      origin: origin, on: h.state.today, for: ola, at: Harness.now.addingTimeInterval(-60))
    try SyncConflicts(store: store).record(.medicationList, patientID: ola, opID: "other-version", origin: origin, at: Harness.now)

    h.perform(.goConflicts)
    assertSnapshot(h.screen, named: "conflicts-medication-list")
    XCTAssertTrue(h.text.contains("Konflikter som venter på en kliniker (1)"), h.text)
    XCTAssertTrue(h.text.contains("Legemidler"), h.text)
    XCTAssertTrue(h.text.contains("07917513311"), h.text)
    h.perform(.conflictResolve)
    XCTAssertTrue(h.text.contains("Endret i en annen journal (\(origin))"), "straight to reconciliation: \(h.text)")
    h.perform(.goBack)
    XCTAssertTrue(h.text.contains("signert to steder samtidig"), "the chart marks the section: \(h.text)")
    h.perform(.goMedrec)
    h.perform(.medrecClassify)
    h.perform(.medrecContinue)
    h.perform(.medrecSign)
    XCTAssertFalse(h.text.contains("signert to steder samtidig"), h.text)
    h.perform(.goBack)
    XCTAssertTrue(h.text.contains("Ingen konflikter"), "resolved by signing: \(h.text)")
    XCTAssertEqual(try SyncConflicts(store: store).openCount(), 0)
  }
}

extension ConflictTests {
  /// CAVE from another record: the conflict opens the chart, where the entry stands first with
  /// its origin and a marker, and a doctor's `a` reconciles it.
  func test_cave_from_another_record_is_reconciled_on_the_chart() throws {
    let h = try Harness()
    let store = try h.demoStore()
    let ola = try DecisionLog(store: store).patientID(identifier: "07917513311")
    let entry = CaveEntry(
      category: .drugReaction, agent: "Penicillin (ATC J01C)", reaction: "Anafylaksi", severity: .lifeThreatening,
      certainty: .confirmed, registeredBy: "Kari Kollega", registeredOn: h.state.today, origin: "Kari Kollega 27.11.2026")
    try CaveLog.insert(entry, for: ola, opID: "cave-elsewhere", in: store.db)
    try SyncConflicts(store: store).record(.cave, patientID: ola, opID: "cave-elsewhere", origin: "Kari Kollega 27.11.2026", at: Harness.now)
    h.perform(.goConflicts)
    XCTAssertTrue(h.text.contains("CAVE"), h.text)
    h.perform(.conflictResolve)
    XCTAssertTrue(h.text.contains("av Kari Kollega; fra annen journal"), h.text)
    XCTAssertTrue(h.text.contains("ikke avstemt her"), h.text)
    h.perform(.chartCaveReconcile)
    XCTAssertTrue(h.text.contains("CAVE er avstemt"), h.text)
    XCTAssertFalse(h.text.contains("ikke avstemt her"), h.text)
    XCTAssertEqual(try SyncConflicts(store: store).openCount(), 0)
  }
}

extension ConflictTests {
  /// A step on a service case that lost to one taken elsewhere: the conflict opens the case,
  /// which says who was first and marks the step taken here as not taken in, until the case
  /// officer accepts it (or takes a new step).
  func test_a_case_conflict_opens_the_case_and_is_accepted_there() throws {
    let h = try Harness()
    let store = try h.demoStore()
    let log = DecisionLog(store: store)
    let ola = try log.patientID(identifier: "07917513311")
    let application = ServiceApplication(
      service: .homeHealthCare, applicant: "Ola selv", reason: "Trenger hjelp med medisiner", received: h.state.today, urgent: false)
    let caseID = try log.register(application, for: ola, by: .demo, at: Harness.now.addingTimeInterval(-7_200))
    try log.preliminaryAnswer(caseID, on: h.state.today, by: .demo, at: Harness.now.addingTimeInterval(-3_600))
    let origin = "Kari Kollega 27.11.2026 14:02"
    try store.db.statement("UPDATE case_event SET superseded_by = 'assessed-elsewhere' WHERE case_id = ? AND step = 'preliminary-answer'")
      .bind(1, caseID).run()
    try SyncConflicts(store: store).record(
      .serviceCase, patientID: ola, opID: "assessed-elsewhere", origin: origin, at: Harness.now, caseID: caseID)

    h.perform(.goConflicts)
    XCTAssertTrue(h.text.contains("Vedtakssak"), h.text)
    h.perform(.conflictResolve)
    assertSnapshot(h.screen, named: "case-conflict")
    XCTAssertTrue(h.text.contains("Endret to steder: \(origin) kom først"), h.text)
    XCTAssertTrue(h.text.contains("foreløpig svar sendt · Demo Demosen – ikke tatt inn"), h.text)
    XCTAssertTrue(h.text.contains("Godta"), "the footer offers it: \(h.text)")
    h.perform(.decisionConflictAccept)
    XCTAssertTrue(h.text.contains("Konflikten er lukket"), h.text)
    XCTAssertFalse(h.text.contains("Endret to steder"), h.text)
    XCTAssertEqual(try SyncConflicts(store: store).openCount(), 0)
    h.perform(.goBack)
    XCTAssertTrue(h.text.contains("Ingen konflikter"), h.text)
  }
}
