import Clinical
import Foundation
import XCTest

@testable import Store

final class NoteLogTests: XCTestCase {
  var folder = ""
  override func setUp() { folder = temporaryFolder() }
  override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

  let k86 = CodeList.icpc2.code("K86")!
  let r05 = CodeList.icpc2.code("R05")!
  let signedAt = Date(timeIntervalSince1970: 1_795_000_000)

  private func store() throws -> PatientStore {
    try DemoStoreBuilder.build(at: folder + "/demo.sqlite", population: SyntheticPopulation(size: 20))
  }

  private func consultation(_ body: String, codes: [DiagnosisCode]? = nil) -> NoteDraft {
    NoteDraft(type: .gpConsultation, body: body, codes: codes ?? [k86])
  }

  func test_a_signed_note_is_read_back_with_its_codes_and_its_diagnosis_becomes_a_problem() throws {
    let store = try store()
    let log = NoteLog(store: store)
    let id = try log.sign(consultation("BT 150/95.\nStarter amlodipin."), for: 3, by: .demo, at: signedAt)
    let notes = try log.notes(3, limit: 10)
    XCTAssertEqual(notes.map(\.id), [id])
    XCTAssertEqual(notes.first?.codes, [k86])
    XCTAssertEqual(notes.first?.firstLine, "BT 150/95.")
    XCTAssertEqual(notes.first?.author, "Demo Demosen")
    XCTAssertEqual(notes.first?.signedAt, signedAt)
    XCTAssertEqual(try log.problems(3), [k86])
    XCTAssertTrue(try log.verify(id))
    let summary = try PatientReader(store: store).summary(3)
    XCTAssertEqual(summary.problems, [k86])
    XCTAssertEqual(summary.notes.map(\.id), [id])
  }

  func test_the_store_refuses_to_update_or_delete_a_signed_note() throws {
    let store = try store()
    let log = NoteLog(store: store)
    let id = try log.sign(consultation("Kontroll."), for: 3, by: .demo, at: signedAt)
    XCTAssertThrowsError(try store.db.execute("UPDATE note SET body = 'endret' WHERE id = \(id)")) {
      guard case .sqlite(_, let message) = $0 as? StoreError else { return XCTFail("\($0)") }
      XCTAssertTrue(message.contains("cannot be changed"), message)
    }
    XCTAssertThrowsError(try store.db.execute("DELETE FROM note WHERE id = \(id)"))
    XCTAssertEqual(try log.notes(3, limit: 10).first?.body, "Kontroll.")
  }

  func test_a_change_made_around_the_triggers_is_found_by_the_content_hash() throws {
    let store = try store()
    let log = NoteLog(store: store)
    let id = try log.sign(consultation("Kontroll."), for: 3, by: .demo, at: signedAt)
    try store.db.execute("DROP TRIGGER note_is_immutable")
    try store.db.execute("UPDATE note SET body = 'Forfalsket.' WHERE id = \(id)")
    XCTAssertFalse(try log.verify(id))
  }

  func test_a_contact_note_without_an_icpc2_code_or_with_an_invented_code_is_refused() throws {
    let log = NoteLog(store: try store())
    XCTAssertThrowsError(try log.sign(consultation("Uten kode.", codes: []), for: 3, by: .demo, at: signedAt)) {
      XCTAssertEqual($0 as? StoreError, .refusedNote)
    }
    let invented = DiagnosisCode(system: .icpc2, code: "K00", title: "Finnes ikke")
    XCTAssertThrowsError(try log.sign(consultation("Feil kode.", codes: [invented]), for: 3, by: .demo, at: signedAt))
    XCTAssertThrowsError(try log.sign(consultation("   \n "), for: 3, by: .demo, at: signedAt))
    // A nursing note needs no code.
    XCTAssertNoThrow(try log.sign(NoteDraft(type: .nursing, body: "Sov godt."), for: 3, by: .demo, at: signedAt))
    XCTAssertEqual(try log.notes(3, limit: 10).count, 1)
  }

  func test_an_addendum_is_linked_to_its_note_and_must_belong_to_the_same_patient() throws {
    let log = NoteLog(store: try store())
    let id = try log.sign(consultation("BT 150/95."), for: 3, by: .demo, at: signedAt)
    let addendum = NoteDraft(type: .gpConsultation, body: "Rettelse: BT 140/95.", addendumTo: id)
    let addendumID = try log.sign(addendum, for: 3, by: .demo, at: signedAt.addingTimeInterval(60))
    XCTAssertEqual(try log.addenda(of: id, patientID: 3).map(\.id), [addendumID])
    XCTAssertEqual(try log.notes(3, limit: 10).first?.addendumTo, id)
    XCTAssertThrowsError(try log.sign(addendum, for: 6, by: .demo, at: signedAt)) {
      XCTAssertEqual($0 as? StoreError, .refusedNote)
    }
  }

  func test_entered_in_error_keeps_the_note_takes_its_problems_off_and_cannot_be_undone() throws {
    let store = try store()
    let log = NoteLog(store: store)
    let id = try log.sign(consultation("Skrevet på feil pasient."), for: 3, by: .demo, at: signedAt)
    XCTAssertThrowsError(try log.markEnteredInError(id, of: 3, reason: "  ", by: .demo, at: signedAt))
    try log.markEnteredInError(id, of: 3, reason: "Feil pasient", by: .demo, at: signedAt)
    let note = try XCTUnwrap(log.notes(3, limit: 10).first)
    XCTAssertEqual(note.enteredInError?.reason, "Feil pasient")
    XCTAssertEqual(note.body, "Skrevet på feil pasient.")
    XCTAssertEqual(try log.problems(3), [])
    XCTAssertThrowsError(try log.markEnteredInError(id, of: 3, reason: "igjen", by: .demo, at: signedAt)) {
      XCTAssertEqual($0 as? StoreError, .noteNotFound)
    }
    XCTAssertThrowsError(try store.db.execute("DELETE FROM note_error"))
  }

  func test_a_draft_is_saved_replaced_and_removed_when_signed() throws {
    let log = NoteLog(store: try store())
    var draft = consultation("Hoste i to uker", codes: [r05])
    try log.saveDraft(draft, for: 3, by: .demo, at: signedAt)
    draft.body += ", ingen feber."
    try log.saveDraft(draft, for: 3, by: .demo, at: signedAt)
    XCTAssertEqual(try log.draft(for: 3, by: .demo), draft)
    let other = Clinician(userID: "annen", name: "Anne Annen", role: "sykepleier", organisation: "Demo")
    XCTAssertNil(try log.draft(for: 3, by: other))
    try log.sign(draft, for: 3, by: .demo, at: signedAt)
    XCTAssertNil(try log.draft(for: 3, by: .demo))
    // R05 is a symptom, not a diagnosis: it codes the contact but stays off the problem list.
    XCTAssertEqual(try log.problems(3), [])
    // A legevakt diagnosis codes the episode; the GP's problem list is the GP's.
    try log.sign(NoteDraft(type: .legevakt, body: "Sår hals.", codes: [CodeList.icpc2.code("R74")!]), for: 3, by: .demo, at: signedAt)
    XCTAssertEqual(try log.problems(3), [])
  }

  func test_notes_filter_by_type_and_by_text_in_any_case_with_æøå() throws {
    let log = NoteLog(store: try store())
    try log.sign(consultation("Blodtrykket er fint."), for: 3, by: .demo, at: signedAt)
    try log.sign(NoteDraft(type: .telephone, body: "Ringte om RESEPT på Ødemdempende."), for: 3, by: .demo, at: signedAt)
    XCTAssertEqual(try log.notes(3, type: .telephone, limit: 10).count, 1)
    XCTAssertEqual(try log.notes(3, containing: "blodtrykk", limit: 10).count, 1)
    XCTAssertEqual(try log.notes(3, containing: "ødem", limit: 10).first?.type, .telephone)
    XCTAssertEqual(try log.notes(3, containing: "resept", limit: 10).count, 1)
    XCTAssertEqual(try log.notes(3, type: .gpConsultation, containing: "resept", limit: 10).count, 0)
  }

  func test_a_draft_longer_than_the_limit_is_refused_and_the_saved_one_stays() throws {
    let log = NoteLog(store: try store())
    try log.saveDraft(consultation("Kort."), for: 3, by: .demo, at: signedAt)
    let huge = consultation(String(repeating: "x", count: NoteDraft.maximumLength + 1))
    XCTAssertThrowsError(try log.saveDraft(huge, for: 3, by: .demo, at: signedAt))
    XCTAssertEqual(try log.draft(for: 3, by: .demo)?.body, "Kort.")
  }
}

final class CensusLogTests: XCTestCase {
  var folder = ""
  override func setUp() { folder = temporaryFolder() }
  override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

  func test_a_stay_cannot_end_before_it_starts_or_be_discharged_twice() throws {
    let store = try DemoStoreBuilder.build(at: folder + "/demo.sqlite", population: SyntheticPopulation(size: 100))
    let census = CensusLog(store: store)
    let bed = try XCTUnwrap(census.beds().first { $0.occupant == nil })
    let today = CivilDate(year: 2026, month: 11, day: 27)!
    let stay = try census.admit(70, to: bed.id, type: bed.stayType, on: today, by: .demo, at: Date())
    XCTAssertThrowsError(try census.admit(71, to: bed.id, type: bed.stayType, on: today, by: .demo, at: Date())) {
      XCTAssertEqual($0 as? StoreError, .bedOccupied)
    }
    XCTAssertThrowsError(try census.discharge(stay, to: .home, on: CivilDate(year: 2026, month: 11, day: 26)!, by: .demo, at: Date())) {
      XCTAssertEqual($0 as? StoreError, .dischargeBeforeAdmission)
    }
    try census.discharge(stay, to: .home, on: today, by: .demo, at: Date())
    XCTAssertThrowsError(try census.discharge(stay, to: .home, on: today, by: .demo, at: Date())) {
      XCTAssertEqual($0 as? StoreError, .notAdmitted)
    }
    XCTAssertThrowsError(try store.db.execute("UPDATE stay SET discharged = admitted - 1 WHERE id = \(stay)"), "the schema's check")
  }

  func test_the_home_municipality_is_the_first_wards() throws {
    let store = try PatientStore(path: folder + "/home.sqlite", kind: .production)
    XCTAssertNil(try CensusLog(store: store).homeMunicipality(), "no ward set up")
    try store.db.execute(
      """
      INSERT INTO municipality(code, name, county) VALUES ('5035', 'Stjørdal', 'Trøndelag'), ('5001', 'Trondheim', 'Trøndelag');
      INSERT INTO ward(name, municipality_code) VALUES ('Avdeling 1', '5035'), ('Avdeling 2', '5001');
      """)
    XCTAssertEqual(try CensusLog(store: store).homeMunicipality(), "5035")
  }
}
