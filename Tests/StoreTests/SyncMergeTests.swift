import Clinical
import Foundation
import XCTest

import TestSupport
@testable import Store

/// The merge rules over a real PostgreSQL, two workstations (stores) and one server: notes add
/// up (union), "entered in error" travels as a status, and the list of medicines in use is never
/// merged: two versions signed on top of the same one become a conflict at both workstations,
/// closed everywhere by the clinician who reconciles and signs.
final class SyncMergeTests: XCTestCase {
  private var folder = ""

  override func setUp() { folder = temporaryFolder() }
  override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

  private func round(_ store: PatientStore, _ station: CentralConnection, _ token: String) throws -> SyncRound.Outcome {
    try SyncRound.run(store, station, token: token, today: testToday)
  }

  /// Two workstations that know the fixture patient, each with the patient's id there.
  private func twoWorkstations() throws -> (a: PatientStore, pa: Int64, b: PatientStore, pb: Int64) {
    let a = try CentralFixture.workstation(folder, "a")
    let b = try CentralFixture.workstation(folder, "b")
    return (
      a, try DecisionLog(store: a).patientID(identifier: CentralFixture.patient),
      b, try DecisionLog(store: b).patientID(identifier: CentralFixture.patient)
    )
  }

  func test_notes_from_two_workstations_add_up_and_entered_in_error_travels() throws {
    let (station, nurse, colleague, _) = try CentralFixture.withPatient("ws_notes")
    let (a, pa, b, pb) = try twoWorkstations()
    let at = Date(timeIntervalSince1970: 1_795_768_200)
    // Both write while offline.
    let first = try NoteLog(store: a).sign(NoteDraft(type: .nursing, body: "Sov godt i natt."), for: pa, by: CentralFixture.nurse, at: at)
    try NoteLog(store: b).sign(NoteDraft(type: .nursing, body: "Klager over smerter i venstre kne."), for: pb, by: CentralFixture.colleague, at: at)
    try NoteLog(store: a).sign(NoteDraft(type: .nursing, body: "Tillegg: våknet kl. 05.", addendumTo: first), for: pa, by: CentralFixture.nurse, at: at + 60)
    XCTAssertEqual(try round(a, station, nurse).pushed.applied, 2)
    XCTAssertEqual(try round(b, station, colleague).pushed.applied, 1)
    XCTAssertEqual(try round(a, station, nurse).pulled, 1, "b's note")
    for (store, patient) in [(a, pa), (b, pb)] {
      let notes = try NoteLog(store: store).notes(patient, limit: 10)
      XCTAssertEqual(notes.map(\.body).sorted(), ["Klager over smerter i venstre kne.", "Sov godt i natt.", "Tillegg: våknet kl. 05."])
      let original = try XCTUnwrap(notes.first { $0.body == "Sov godt i natt." })
      XCTAssertEqual(try NoteLog(store: store).addenda(of: original.id, patientID: patient).map(\.body), ["Tillegg: våknet kl. 05."])
      XCTAssertEqual(try NoteLog(store: store).verifyAll().changed, [], "every hash holds")
    }
    // B marks a's note as written in error; the mark reaches a, the note stays.
    let onB = try XCTUnwrap(try NoteLog(store: b).notes(pb, limit: 10).first { $0.body == "Sov godt i natt." })
    try NoteLog(store: b).markEnteredInError(onB.id, of: pb, reason: "Feil pasient", by: CentralFixture.colleague, at: at + 120)
    XCTAssertEqual(try round(b, station, colleague).pushed.applied, 1)
    _ = try round(a, station, nurse)
    let onA = try XCTUnwrap(try NoteLog(store: a).notes(pa, limit: 10).first { $0.body == "Sov godt i natt." })
    XCTAssertEqual(onA.enteredInError?.reason, "Feil pasient")
    XCTAssertEqual(try round(a, station, nurse), SyncRound.Outcome(pushed: .init(), pulled: 0), "nothing twice")
    XCTAssertEqual(try NoteLog(store: a).notes(pa, limit: 10).count, 3)
  }

  private let furosemide40 = MedicationLine(atc: "C03CA01", drug: "Furosemid", dose: "40 mg", frequency: "1 x 1")

  private func sign(_ lines: [MedicationLine], _ store: PatientStore, by clinician: Clinician, at: Date) throws {
    let patient = try DecisionLog(store: store).patientID(identifier: CentralFixture.patient)
    try MedicationLog(store: store).sign(lines, classifications: [:], reasons: [:], sources: [], for: patient, by: clinician, at: at)
  }

  private func current(_ store: PatientStore) throws -> [String] {
    let patient = try DecisionLog(store: store).patientID(identifier: CentralFixture.patient)
    return try MedicationLog(store: store).currentList(patient).map(\.summary)
  }

  func test_two_lists_signed_on_the_same_version_become_a_conflict_at_both_until_one_is_reconciled() throws {
    let (station, nurse, colleague, _) = try CentralFixture.withPatient("ws_medlist")
    let a = try CentralFixture.workstation(folder, "a")
    let b = try CentralFixture.workstation(folder, "b")
    let at = Date(timeIntervalSince1970: 1_795_768_200)
    try sign([furosemide40], a, by: CentralFixture.nurse, at: at)
    XCTAssertEqual(try round(a, station, nurse).pushed.applied, 1)
    _ = try round(b, station, colleague)
    XCTAssertEqual(try current(b), ["Furosemid 40 mg 1 x 1"], "signed on top of nothing here: taken as the list in force")

    // Both change the list while apart: a doubles the dose, b adds metformin.
    var doubled = furosemide40
    doubled.dose = "80 mg"
    let metformin = MedicationLine(atc: "A10BA02", drug: "Metformin", dose: "500 mg", frequency: "1 x 2")
    try sign([doubled], a, by: CentralFixture.nurse, at: at + 600)
    try sign([furosemide40, metformin], b, by: CentralFixture.colleague, at: at + 700)
    XCTAssertEqual(try round(b, station, colleague).pushed.applied, 1, "b reached the server first")
    let late = try round(a, station, nurse)
    XCTAssertEqual(late.pushed.applied, 0)
    XCTAssertEqual(try Outbox(store: a).pendingCount(), 0, "answered, not lost")
    XCTAssertEqual(try SyncConflicts(store: a).openCount(), 1, "a sees b's version beside its own")
    XCTAssertEqual(try current(a), ["Furosemid 80 mg 1 x 1"], "never merged: a's list stays until reconciled")
    let pa = try DecisionLog(store: a).patientID(identifier: CentralFixture.patient)
    let other = try XCTUnwrap(try MedicationLog(store: a).sources(pa).last)
    XCTAssertEqual(other.kind, .otherRecord)
    XCTAssertTrue(other.origin.hasPrefix("Kari Kollega, doctor"), other.origin)
    XCTAssertEqual(other.lines.map(\.summary), ["Furosemid 40 mg 1 x 1", "Metformin 500 mg 1 x 2"])
    _ = try round(b, station, colleague)
    XCTAssertEqual(try SyncConflicts(store: b).openCount(), 1, "b sees a's version too: it was kept")
    XCTAssertEqual(try SyncConflicts(store: b).open(limit: 5).first?.patient.identifier, CentralFixture.patient)

    // A reconciles both and signs: the conflict closes at a, and at b with the next round.
    try sign([doubled, metformin], a, by: CentralFixture.nurse, at: at + 900)
    XCTAssertEqual(try SyncConflicts(store: a).openCount(), 0)
    XCTAssertEqual(try round(a, station, nurse).pushed.applied, 1, "signed on top of the list in force")
    _ = try round(b, station, colleague)
    XCTAssertEqual(try SyncConflicts(store: b).openCount(), 0)
    XCTAssertEqual(try current(b), ["Furosemid 80 mg 1 x 1", "Metformin 500 mg 1 x 2"])
    XCTAssertEqual(try current(a), try current(b))

    // A workstation that gets the record afterwards takes in the whole history at once: b's
    // version, kept beside the list, was reconciled by a's, so nothing waits there.
    let later = try PatientStore(path: folder + "/later.sqlite", kind: .production)
    _ = try round(later, station, nurse)
    let pl = try DecisionLog(store: later).patientID(identifier: CentralFixture.patient)
    XCTAssertEqual(try current(later), ["Furosemid 80 mg 1 x 1", "Metformin 500 mg 1 x 2"])
    XCTAssertEqual(try SyncConflicts(store: later).openCount(), 0)
    XCTAssertEqual(try MedicationLog(store: later).unreconciledSources(pl), 0, "no list waits for reconciliation")
  }

  func test_signing_twice_offline_is_a_chain_not_a_conflict() throws {
    let (station, nurse, _, _) = try CentralFixture.withPatient("ws_chain")
    let a = try CentralFixture.workstation(folder, "a")
    let at = Date(timeIntervalSince1970: 1_795_768_200)
    try sign([furosemide40], a, by: CentralFixture.nurse, at: at)
    var doubled = furosemide40
    doubled.dose = "80 mg"
    try sign([doubled], a, by: CentralFixture.nurse, at: at + 60)
    XCTAssertEqual(try round(a, station, nurse).pushed.applied, 2)
    XCTAssertEqual(try SyncConflicts(store: a).openCount(), 0)
    XCTAssertEqual(try current(a), ["Furosemid 80 mg 1 x 1"])
  }
}

extension SyncMergeTests {
  /// An empty workstation gets its organisation's patients and their records in one bulk pass,
  /// found by name at once; what other organisations see stays away; pull goes on after it.
  func test_first_sync_brings_the_organisations_patients_and_their_records_in_bulk() throws {
    let (station, nurse, colleague, url) = try CentralFixture.withPatient("ws_first")
    let admin = try CentralFixture.superuser(url)
    // A second legevakt patient, and one only the GP office (organisation 2) has: help numbers,
    // which belong to no registered person.
    let ase = try XCTUnwrap(HelpNumber.make(birth: CivilDate(year: 1975, month: 5, day: 1)!) { _ in false })
    let gunnar = try XCTUnwrap(HelpNumber.make(birth: CivilDate(year: 1969, month: 1, day: 1)!) { _ in false })
    try admin.execute(
      """
      INSERT INTO core.patient(identifier, given, family, birth_date) VALUES
        ('\(ase)', 'Åse', 'Ødegård', '1975-05-01'), ('\(gunnar)', 'Gunnar', 'Fastlegesen', '1969-01-01');
      INSERT INTO core.care_relation(patient_id, organisation_id, kind)
        SELECT id, 1, 'legevakt-visit' FROM core.patient WHERE identifier = '\(ase)'
        UNION ALL SELECT id, 2, 'gp-list' FROM core.patient WHERE identifier = '\(gunnar)';
      """)
    let a = try CentralFixture.workstation(folder, "a")
    let pa = try DecisionLog(store: a).patientID(identifier: CentralFixture.patient)
    try NoteLog(store: a).sign(NoteDraft(type: .nursing, body: "Ankom i ambulanse."), for: pa, by: CentralFixture.nurse, at: Date(timeIntervalSince1970: 1_795_768_200))
    _ = try round(a, station, nurse)

    let empty = try PatientStore(path: folder + "/empty.sqlite", kind: .production)
    let first = try round(empty, station, colleague)
    XCTAssertEqual(first.first, FirstSync.Outcome(patients: 2, changes: 1))
    XCTAssertEqual(first.pulled, 0, "the cursor starts after the snapshot")
    XCTAssertEqual(try PatientSearch(store: empty).ids(for: query("ødegård"), limit: 5).count, 1, "found by name at once")
    XCTAssertEqual(try PatientSearch(store: empty).ids(for: query("fastlegesen"), limit: 5).count, 0, "another organisation's patient")
    let pe = try DecisionLog(store: empty).patientID(identifier: CentralFixture.patient)
    XCTAssertEqual(try NoteLog(store: empty).notes(pe, limit: 5).map(\.body), ["Ankom i ambulanse."])
    XCTAssertEqual(try round(empty, station, colleague).first, FirstSync.Outcome(), "only into an empty store")
    try NoteLog(store: a).sign(NoteDraft(type: .nursing, body: "Utskrevet."), for: pa, by: CentralFixture.nurse, at: Date(timeIntervalSince1970: 1_795_769_200))
    _ = try round(a, station, nurse)
    XCTAssertEqual(try round(empty, station, colleague).pulled, 1, "pull goes on after the snapshot")
  }
}

extension SyncMergeTests {
  /// A walk-in registered at the legevakt under a help number reaches the server as a patient
  /// with the legevakt's care relation, before the measurements that came with the visit; a
  /// patient the server knows from elsewhere gets the legevakt's relation by the visit.
  func test_a_legevakt_visit_registers_the_patient_and_the_care_relation() throws {
    let (station, nurse, colleague, url) = try CentralFixture.withPatient("ws_walkin")
    let admin = try CentralFixture.superuser(url)
    let a = try CentralFixture.workstation(folder, "a")
    let triage = TriageLog(store: a)
    let walkIn = try triage.patient(identifier: nil, at: Date())
    try triage.register(
      patientID: walkIn, complaint: ComplaintGroup.allCases[0],
      vitals: VitalSigns(respirationRate: 22, oxygenSaturation: 94, onOxygen: false, pulse: 110), by: CentralFixture.nurse, at: Date())
    let pushed = try round(a, station, nurse).pushed
    XCTAssertEqual(pushed.rejected, [])
    XCTAssertEqual(pushed.applied, 3, "the relation, then the measurements and the visit")
    let number = try a.db.prepare("SELECT value FROM identifier WHERE patient_id = ?").bind(1, walkIn).rows { $0.text(0) }.first ?? ""
    XCTAssertEqual(
      try admin.query("SELECT o.kind, r.kind FROM core.care_relation r JOIN core.organisation o ON o.id = r.organisation_id JOIN core.patient p ON p.id = r.patient_id WHERE p.identifier = $1", [number]),
      [["legevakt", "legevakt-visit"]])
    // A colleague at the same legevakt finds the walk-in by fetching the record.
    let b = try PatientStore(path: folder + "/b.sqlite", kind: .production)
    let fetched = try PatientFetch.fetch(b, station, token: colleague, identifier: number, today: testToday)
    XCTAssertEqual(try VitalsLog(store: b).latest(fetched, limit: 5).count, 1)
    XCTAssertEqual(try TriageLog(store: b).queue(at: Date(), .standard, of: "Trondheim legevakt").map(\.patient.id), [fetched], "and the visit")
  }
}

extension SyncMergeTests {
  /// CAVE registered at one workstation shows at the other at once, marked with where it came
  /// from, and waits there as a conflict until a doctor reconciles it; nothing is merged unseen.
  func test_cave_from_another_record_shows_at_once_and_waits_to_be_reconciled() throws {
    let (station, nurse, colleague, _) = try CentralFixture.withPatient("ws_cave")
    let (a, pa, b, pb) = try twoWorkstations()
    try CaveLog(store: a).register(
      CaveEntry(
        category: .drugReaction, agent: "Penicillin (ATC J01C)", reaction: "Anafylaksi", severity: .lifeThreatening,
        certainty: .confirmed, registeredBy: "Kari Kollega", registeredOn: testToday), for: pa)
    XCTAssertEqual(try round(a, station, nurse).pushed.applied, 1)
    XCTAssertEqual(try round(b, station, colleague).pulled, 1)
    let summary = try PatientReader(store: b).summary(pb)
    XCTAssertEqual(summary.cave.map(\.agent), ["Penicillin (ATC J01C)"], "shown at once")
    XCTAssertEqual(summary.cave.first?.origin, "Kari Kollega 27.11.2026")
    XCTAssertEqual(summary.caveConflicts, 1)
    XCTAssertEqual(try CaveLog(store: b).reconcile(pb, by: CentralFixture.colleague, at: Date()), 1)
    XCTAssertEqual(try PatientReader(store: b).summary(pb).caveConflicts, 0)
    XCTAssertEqual(try round(b, station, colleague).pulled, 0, "once")
    XCTAssertEqual(try PatientReader(store: a).summary(pa).caveConflicts, 0, "its own entry is no conflict")
  }
}

extension SyncMergeTests {
  /// A chart opened by one user and pushed while a colleague of the same organisation is logged
  /// in is logged as the one who opened it; pushed by someone of another organisation it is
  /// refused with the reason.
  func test_a_chart_opening_is_logged_as_its_opener_whoever_pushes_it() throws {
    let (station, _, colleague, url) = try CentralFixture.withPatient("ws_opener")
    let admin = try CentralFixture.superuser(url)
    let a = try CentralFixture.workstation(folder, "a")
    let pa = try DecisionLog(store: a).patientID(identifier: CentralFixture.patient)
    _ = try AuditLog(store: a).openChart(pa, by: CentralFixture.nurse, basis: .careRelation, at: Date())
    XCTAssertEqual(try SyncPush.push(a, station, token: colleague).applied, 1)
    XCTAssertEqual(try admin.query("SELECT hpr FROM core.access_event"), [["9000001"]])
    _ = try AuditLog(store: a).openChart(pa, by: CentralFixture.nurse, basis: .careRelation, at: Date())
    // The GP office has the patient too, but its doctor cannot push the legevakt nurse's opening.
    try admin.execute("INSERT INTO core.care_relation(patient_id, organisation_id, kind) SELECT id, 2, 'gp-list' FROM core.patient")
    let doctor = try CentralLogin.token(station, hpr: "9000002", password: "annet")
    XCTAssertEqual(
      try SyncPush.push(a, station, token: doctor).rejected,
      ["a chart opening is pushed from the organisation of the user who opened the chart"])
  }
}

extension SyncMergeTests {
  /// Doses given add up everywhere (a dose given twice was given twice): the next shift at
  /// another workstation sees the paracetamol already given today. A malformed dose is refused
  /// by the server with its reason.
  func test_doses_given_at_two_workstations_show_at_both_and_a_malformed_one_is_refused() throws {
    let (station, nurse, colleague, url) = try CentralFixture.withPatient("ws_doses")
    let (a, pa, b, pb) = try twoWorkstations()
    let at = Date(timeIntervalSince1970: 1_795_768_200)
    func paracetamol(_ given: Date, by name: String) -> GivenDose {
      GivenDose(atc: "N02BE01", medication: "Paracetamol", dose: Dose(amount: 1_000, unit: .mg), route: .oral, givenAt: given, givenBy: name)
    }
    try DoseLog(store: a).record(paracetamol(at, by: "Nina Natt"), for: pa, at: at)
    try DoseLog(store: b).record(paracetamol(at + 6 * 3_600, by: "Kari Kollega"), for: pb, at: at + 6 * 3_600)
    XCTAssertEqual(try round(a, station, nurse).pushed.applied, 1)
    XCTAssertEqual(try round(b, station, colleague).pushed.applied, 1)
    XCTAssertEqual(try round(a, station, nurse).pulled, 1, "b's dose")
    for (store, patient) in [(a, pa), (b, pb)] {
      let given = try DoseLog(store: store).given(patient, since: at - 3_600, limit: 10)
      XCTAssertEqual(given.map(\.givenBy), ["Kari Kollega", "Nina Natt"], "newest first, both")
      XCTAssertEqual(given.map(\.dose.amount), [1_000, 1_000])
    }
    XCTAssertEqual(try round(a, station, nurse), SyncRound.Outcome(pushed: .init(), pulled: 0), "nothing twice")
    // Sent again after a lost answer: applied once.
    try a.db.execute("UPDATE outbox SET state = 'pending' WHERE kind = 'dose'")
    XCTAssertEqual(try SyncPush.push(a, station, token: nurse).duplicate, 1)
    let admin = try CentralFixture.superuser(url)
    XCTAssertEqual(try admin.query("SELECT count(*) FROM core.clinical_entry WHERE kind = 'dose'").first?.first, "2")

    let malformed = [
      #"{"atc": "N02BE01", "medication": "Paracetamol", "amount": 0, "unit": "mg", "route": "oral", "givenAt": "2026-11-27T09:30:00Z", "givenBy": "X"}"#,
      #"{"atc": "N02BE01", "medication": "Paracetamol", "amount": 500, "unit": "mg", "route": "oral", "givenAt": "i går", "givenBy": "X"}"#,
    ].map { SyncPush.Operation(opID: UUID().uuidString.lowercased(), kind: "dose", patient: CentralFixture.patient, payload: $0) }
    XCTAssertEqual(
      try SyncPush.send(malformed, station, token: nurse).map(\.reason),
      ["a dose needs a drug, an amount above zero, a unit, a route and who gave it", "a dose needs the time it was given"])
    let foreign = SyncPush.Operation(
      opID: UUID().uuidString.lowercased(), kind: "dose", patient: "13497248005",
      payload: #"{"atc": "N02BE01", "medication": "Paracetamol", "amount": 500, "unit": "mg", "route": "oral", "givenAt": "2026-11-27T09:30:00Z", "givenBy": "X"}"#)
    XCTAssertEqual(try SyncPush.send([foreign], station, token: nurse).map(\.reason), ["no care relation with this patient"])
  }
}
