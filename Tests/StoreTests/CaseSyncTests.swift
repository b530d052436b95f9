import Clinical
import Foundation
import XCTest

import TestSupport
@testable import Store

/// Service cases over a real PostgreSQL, two workstations and one server: a case travels step by
/// step, and two steps taken at once on the same case are never both in force. The one that
/// reached the server second is kept in its workstation's history, not taken in, and shown to the
/// case officer there as a conflict until they act on the case.
final class CaseSyncTests: XCTestCase {
  private var folder = ""
  private let at = Date(timeIntervalSince1970: 1_795_768_200)
  private let officer = CentralFixture.nurse
  private let colleague = CentralFixture.colleague

  override func setUp() { folder = temporaryFolder() }
  override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

  private func round(_ store: PatientStore, _ station: CentralConnection, _ token: String) throws -> SyncRound.Outcome {
    try SyncRound.run(store, station, token: token, today: testToday)
  }

  private let application = ServiceApplication(
    service: .homeHealthCare, applicant: "Anne Mann (ektefelle)", reason: "Trenger hjelp med medisiner", received: testToday,
    urgent: false)

  private func decision(_ outcome: ServiceDecision.Outcome, minutes: Int? = 420) -> ServiceDecision {
    ServiceDecision(
      service: .homeHealthCare, outcome: outcome, hours: outcome.grants ? minutes.map(WeeklyHours.init(minutes:)) : nil,
      from: outcome.grants ? testToday.adding(days: 3) : nil, to: nil,
      evaluation: outcome.grants ? testToday.adding(days: 3).adding(months: 3) : nil, fee: "",
      legalBasis: MunicipalService.homeHealthCare.legalBasis, justification: "Vurdert etter kartlegging hjemme.")
  }

  private let assessment = IPLOSAssessment(scores: Dictionary(uniqueKeysWithValues: IPLOSVariable.allCases.map { ($0, .mediumNeed) }))

  /// The one case of the fixture patient in `store`.
  private func theCase(_ store: PatientStore) throws -> CaseFile {
    let id = try XCTUnwrap(try DecisionLog(store: store).inbox(offset: 0, limit: 5).first?.id ?? lastCase(store))
    return try DecisionLog(store: store).caseFile(id)
  }

  /// Two workstations that know the fixture patient; on the first, an application registered.
  private func twoWorkstationsWithAnApplication() throws -> (PatientStore, PatientStore, Int64) {
    let a = try CentralFixture.workstation(folder, "a")
    let b = try CentralFixture.workstation(folder, "b")
    let la = DecisionLog(store: a)
    return (a, b, try la.register(application, for: try la.patientID(identifier: CentralFixture.patient), by: officer, at: at))
  }

  private func lastCase(_ store: PatientStore) throws -> Int64? {
    try store.db.statement("SELECT max(id) FROM service_case").rows { $0.optionalInt(0) }.first ?? nil
  }

  func test_a_case_travels_step_by_step_and_reads_the_same_at_both_workstations() throws {
    let (station, nurse, kollega, _) = try CentralFixture.withPatient("ws_case_travels")
    let (a, b, caseA) = try twoWorkstationsWithAnApplication()
    let la = DecisionLog(store: a)
    try la.assess(caseA, assessment, by: officer, at: at + 60)
    XCTAssertEqual(try round(a, station, nurse).pushed.applied, 3, "the referral's care relation, the application, the assessment")
    XCTAssertEqual(try round(b, station, kollega).pulled, 2)
    var onB = try theCase(b)
    XCTAssertEqual(onB.serviceCase.lifecycle.stage, .assessed)
    XCTAssertEqual(onB.serviceCase.application, application)
    XCTAssertEqual(onB.assessment, assessment)

    // B decides and sends the letter; A gets both, with the letter as B wrote it.
    let lb = DecisionLog(store: b)
    try lb.decide(onB.serviceCase.id, decision(.granted), by: colleague, at: at + 120)
    let letter = try lb.sendLetter(onB.serviceCase.id, dated: testToday, by: colleague, at: at + 180)
    XCTAssertEqual(try round(b, station, kollega).pushed.applied, 2)
    XCTAssertEqual(try round(a, station, nurse).pulled, 2)
    let onA = try la.caseFile(caseA)
    onB = try theCase(b)
    XCTAssertEqual(onA.serviceCase.lifecycle, onB.serviceCase.lifecycle)
    XCTAssertEqual(onA.serviceCase.lifecycle.stage, .letterSent)
    XCTAssertEqual(onA.decision, decision(.granted))
    XCTAssertEqual(onA.letter, letter)
    XCTAssertEqual(onA.history.map(\.step), ["received", "assess", "decide", "send-letter"])
    XCTAssertEqual(onA.history.map(\.by), onB.history.map(\.by))
    XCTAssertEqual(onA.history.map(\.at), onB.history.map(\.at))
    XCTAssertEqual(try round(a, station, nurse), SyncRound.Outcome(pushed: .init(), pulled: 0), "nothing twice")
    XCTAssertEqual(try round(b, station, kollega), SyncRound.Outcome(pushed: .init(), pulled: 0))
  }

  func test_two_decisions_at_once_the_first_to_the_server_is_in_force_and_the_other_is_shown_where_it_was_made() throws {
    let (station, nurse, kollega, url) = try CentralFixture.withPatient("ws_case_conflict")
    let a = try CentralFixture.workstation(folder, "a")
    let b = try CentralFixture.workstation(folder, "b")
    let la = DecisionLog(store: a)
    let lb = DecisionLog(store: b)
    let caseA = try la.register(application, for: try la.patientID(identifier: CentralFixture.patient), by: officer, at: at)
    try la.assess(caseA, assessment, by: officer, at: at + 60)
    _ = try round(a, station, nurse)
    _ = try round(b, station, kollega)
    let caseB = try theCase(b).serviceCase.id

    // Apart: A grants and sends the letter (a granted place would also queue for a bed), B refuses.
    try la.decide(caseA, decision(.granted), by: officer, at: at + 600)
    try la.sendLetter(caseA, dated: testToday, by: officer, at: at + 660)
    try lb.decide(caseB, decision(.refused), by: colleague, at: at + 700)
    XCTAssertEqual(try round(b, station, kollega).pushed.applied, 1, "B reached the server first")
    let late = try round(a, station, nurse)
    XCTAssertEqual(late.pushed.conflict, 2, "A's decision and the letter on it are both answered conflict")
    XCTAssertEqual(try Outbox(store: a).pendingCount(), 0, "answered, not lost")

    // A now stands where the server does: refused by B. A's own steps are in its history.
    let onA = try la.caseFile(caseA)
    XCTAssertEqual(onA.serviceCase.lifecycle, CaseLifecycle(stage: .decided, appeal: nil, granted: false))
    XCTAssertEqual(onA.decision, decision(.refused))
    XCTAssertNil(onA.letter, "the letter on A's decision was never sent from the server's case")
    XCTAssertEqual(onA.history.map(\.step), ["received", "assess", "decide", "send-letter", "decide"])
    XCTAssertEqual(onA.history.map(\.notTakenIn), [false, false, true, true, false])
    XCTAssertEqual(onA.history.last?.by, colleague.name)
    XCTAssertEqual(onA.conflict?.hasPrefix("Kari Kollega"), true, onA.conflict ?? "no conflict")
    let shown = try SyncConflicts(store: a).open(limit: 5)
    XCTAssertEqual(shown.map(\.kind), [.serviceCase])
    XCTAssertEqual(shown.first?.caseID, caseA)
    XCTAssertEqual(try SyncConflicts(store: b).openCount(), 0, "B's decision is in force: nothing to show there")
    XCTAssertNil(try lb.caseFile(caseB).conflict)

    // The server kept both of A's steps, never in force.
    let admin = try CentralFixture.superuser(url)
    let kept = try admin.query(
      "SELECT payload->>'step', payload->>'accepted' FROM core.clinical_entry WHERE kind = 'case-step' ORDER BY seq")
    XCTAssertEqual(kept.map { $0[0] ?? "" }, ["received", "assess", "decide", "decide", "send-letter"])
    XCTAssertEqual(kept.map { $0[1] ?? "" }, ["true", "true", "true", "false", "false"])

    // A's case officer writes the letter on B's refusal: the conflict closes, the step is in force.
    try la.sendLetter(caseA, dated: testToday, by: officer, at: at + 900)
    XCTAssertEqual(try SyncConflicts(store: a).openCount(), 0)
    XCTAssertEqual(try round(a, station, nurse).pushed.applied, 1)
    _ = try round(b, station, kollega)
    XCTAssertEqual(try lb.caseFile(caseB).serviceCase.lifecycle.stage, .letterSent)
    XCTAssertEqual(try lb.caseFile(caseB).letter, try la.caseFile(caseA).letter)
  }

  func test_the_conflict_can_be_closed_without_a_step_once_seen() throws {
    let (station, nurse, kollega, _) = try CentralFixture.withPatient("ws_case_seen")
    let (a, b, caseA) = try twoWorkstationsWithAnApplication()
    let la = DecisionLog(store: a)
    _ = try round(a, station, nurse)
    _ = try round(b, station, kollega)
    try la.preliminaryAnswer(caseA, on: testToday, by: officer, at: at + 60)
    try DecisionLog(store: b).assess(try theCase(b).serviceCase.id, assessment, by: colleague, at: at + 30)
    _ = try round(b, station, kollega)
    _ = try round(a, station, nurse)
    XCTAssertEqual(try SyncConflicts(store: a).openCount(), 1)
    XCTAssertNil(try la.caseFile(caseA).serviceCase.preliminaryAnswer, "the server's case has no preliminary answer")
    try la.acceptConflict(caseA, by: officer, at: at + 120)
    XCTAssertEqual(try SyncConflicts(store: a).openCount(), 0)
    XCTAssertNil(try la.caseFile(caseA).conflict)
  }

  func test_a_malformed_or_foreign_case_step_is_refused_with_its_reason() throws {
    let (station, nurse, _, _) = try CentralFixture.withPatient("ws_case_bad")
    func step(_ payload: String) -> SyncPush.Operation {
      SyncPush.Operation(opID: UUID().uuidString.lowercased(), kind: "case-step", patient: CentralFixture.patient, payload: payload)
    }
    let answers = try SyncPush.send(
      [
        step(#"{"case": "not-a-uuid", "base": null, "step": "received"}"#),
        step(#"{"case": "6f1c2a9e-5b1d-4c3e-9a7f-2b8d4e6f0a1c", "base": "'; DROP TABLE core.patient; --", "step": "assess"}"#),
        SyncPush.Operation(
          opID: UUID().uuidString.lowercased(), kind: "case-step", patient: "13497248005",
          payload: #"{"case": "6f1c2a9e-5b1d-4c3e-9a7f-2b8d4e6f0a1c", "base": null, "step": "received"}"#),
      ], station, token: nurse)
    XCTAssertEqual(answers.map(\.state), ["rejected", "rejected", "rejected"])
    XCTAssertEqual(answers[0].reason, "a case step names its case and the step it follows by their ids")
    XCTAssertEqual(answers[1].reason, "a case step names its case and the step it follows by their ids")
    XCTAssertEqual(answers[2].reason, "no care relation with this patient")
  }

  /// The case officer registers an application for a citizen this workstation has never held,
  /// by typing it or from the citizen portal's file: the patient is kept by number at once, and
  /// the referral the application begins brings her record, name, sex and home municipality.
  func test_an_application_for_a_patient_new_here_brings_her_record() throws {
    let (station, nurse, _, url) = try CentralFixture.withPatient("ws_case_new_patient")
    let listed = [
      CentralDirectory.ListedPatient(identifier: "13497248005", given: "Gunnhild", family: "Prøve", birthDate: "1972-09-13", sex: "F", municipality: "5001"),
      CentralDirectory.ListedPatient(identifier: "15434841248", given: "Odd", family: "Testesen", birthDate: "1948-03-15"),
    ]
    _ = try CentralDirectory.loadCareList(on: try CentralFixture.superuser(url), organisation: "Fjordgløtt legekontor", patients: listed)
    let kommune = try PatientStore(path: folder + "/kommune.sqlite", kind: .production)
    _ = try round(kommune, station, nurse)
    let log = DecisionLog(store: kommune)
    XCTAssertThrowsError(try log.patientID(identifier: "13497248005"), "not held here")
    let typed = try log.register(application, for: try log.applicant(identifier: "13497248005", on: testToday), by: officer, at: at)
    XCTAssertEqual(try log.caseFile(typed).serviceCase.patient.name, .notKnown, "kept at once, by number")
    let file = #"{"applications": [{"patient": "15434841248", "applicant": "Odd Testesen", "service": 15, "reason": "Mer hjelp", "received": "2026-11-20"}]}"#
    guard case .success(let entries) = CitizenPortalApplications.parse(Data(file.utf8), today: testToday) else { return XCTFail("valid") }
    XCTAssertEqual(try log.register(entries, by: officer, at: at), .success(1))

    XCTAssertEqual(try round(kommune, station, nurse).pushed.applied, 4, "two referrals and two applications")
    let gunnhild = try log.caseFile(typed).serviceCase.patient
    XCTAssertEqual([gunnhild.name.full, gunnhild.sex.rawValue, gunnhild.municipalityName], ["Gunnhild Prøve", "F", "Trondheim"])
    XCTAssertEqual(try DemographicsLog(store: kommune).particulars(try log.patientID(identifier: "15434841248")).0.name.full, "Odd Testesen")
    XCTAssertEqual(try log.openCaseCount(), 2)
  }

  func test_every_step_survives_its_journey() {
    let letter = CaseFile.Letter(body: "Vedtak\nom helsetjenester", dated: testToday, appealDeadline: testToday.adding(days: 21))
    let steps: [CaseStepPayload] = [
      .received(application, officer: "Nina Natt", origin: "innbyggerportal"), .received(application, officer: nil, origin: nil),
      .assess(assessment), .decide(decision(.granted)), .decide(decision(.refused)), .sendLetter(letter),
      .step(.startService, detail: nil), .step(.endService, detail: "Flyttet"), .step(.appeal, detail: "Klage fra datter"),
      .step(.reconsider(upheld: true), detail: nil), .step(.reconsider(upheld: false), detail: nil),
      .step(.appealOutcome(.quashed), detail: nil), .evaluate(next: testToday.adding(months: 3), note: "Går bra"),
      .evaluate(next: nil, note: nil), .preliminaryAnswer(testToday),
    ]
    for step in steps {
      let json = try? JSONSerialization.data(withJSONObject: step.encode())
      let back = json.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }.flatMap(CaseStepPayload.decode)
      XCTAssertEqual(back, step)
    }
    XCTAssertNil(CaseStepPayload.decode(["step": "decide", "outcome": "granted"]), "a step without what it needs")
    XCTAssertNil(CaseStepPayload.decode(["step": "teleport"]))
  }
}
