import Clinical
import Foundation
import XCTest

import TestSupport
@testable import Store

/// A note written at another workstation is news where it arrives: the lookup's opening list
/// puts its chart first, marked, until the user opens the chart. What came with a first sync is
/// history, not news; so is the user's own note written elsewhere. News is kept for the users who
/// log in at the workstation.
final class ChartNewsTests: XCTestCase {
  private var folder = ""

  override func setUp() { folder = temporaryFolder() }
  override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

  private func round(_ store: PatientStore, _ station: CentralConnection, _ token: String) throws {
    _ = try SyncRound.run(store, station, token: token, today: testToday)
  }

  func test_a_note_from_another_workstation_is_news_until_the_chart_is_opened() throws {
    let (station, nurse, colleague, _) = try CentralFixture.withPatient("ws_news")
    let a = try CentralFixture.workstation(folder, "a")
    let b = try CentralFixture.workstation(folder, "b")
    let pa = try DecisionLog(store: a).patientID(identifier: CentralFixture.patient)
    let pb = try DecisionLog(store: b).patientID(identifier: CentralFixture.patient)
    let user = CentralFixture.nurse.userID
    // News is kept for whoever logs in at the workstation.
    try LoginCache(store: a).remember(hpr: "9000001", password: "natt1234", as: CentralFixture.nurse, at: Date())
    try LoginCache(store: b).remember(hpr: "9000004", password: "kollega1", as: CentralFixture.colleague, at: Date())
    // The nurse opened the chart yesterday; nothing new since.
    _ = try AuditLog(store: a).openChart(pa, by: CentralFixture.nurse, basis: .careRelation, at: Date() - 86_400)
    XCTAssertEqual(try PatientReader(store: a).recent(for: user, limit: 5).map(\.newNotes), [0])
    // In sync before the note is written: what a pull fetches with a relation's record is history.
    try round(a, station, nurse)

    try NoteLog(store: b).sign(NoteDraft(type: .nursing, body: "Hodepine, gitt paracetamol."), for: pb, by: CentralFixture.colleague, at: Date())
    try round(b, station, colleague)
    try round(a, station, nurse)
    let listed = try PatientReader(store: a).recent(for: user, limit: 5)
    XCTAssertEqual(listed.map(\.id), [pa])
    XCTAssertEqual(listed.map(\.newNotes), [1], "the colleague's note is news")
    XCTAssertEqual(try PatientReader(store: b).recent(for: CentralFixture.colleague.userID, limit: 5).map(\.newNotes), [], "not to its writer")
    XCTAssertEqual(try PatientReader(store: a).recent(for: "hpr:9000099", limit: 5).count, 0, "not to one who never logged in here")

    _ = try AuditLog(store: a).openChart(pa, by: CentralFixture.nurse, basis: .careRelation, at: Date())
    XCTAssertEqual(try PatientReader(store: a).recent(for: user, limit: 5).map(\.newNotes), [0], "seen once the chart is opened")

    // Another note arrives while the chart stands open and is drawn again: seen there.
    try NoteLog(store: b).sign(NoteDraft(type: .nursing, body: "Sover nå."), for: pb, by: CentralFixture.colleague, at: Date())
    try round(b, station, colleague)
    try round(a, station, nurse)
    XCTAssertEqual(try PatientReader(store: a).recent(for: user, limit: 5).map(\.newNotes), [1])
    try ChartNews(store: a).seen(pa, by: user)
    XCTAssertEqual(try PatientReader(store: a).recent(for: user, limit: 5).map(\.newNotes), [0], "seen where it was drawn")

    // A workstation filled by a first sync holds the same note as history.
    let empty = try PatientStore(path: folder + "/empty.sqlite", kind: .production)
    try round(empty, station, nurse)
    XCTAssertEqual(try PatientReader(store: empty).recent(for: user, limit: 5).map(\.newNotes), [])
  }

  /// News left unseen for longer than the window is history: it leaves the list, and a note that
  /// comes after it counts from one again.
  func test_news_older_than_a_month_is_history_and_counting_starts_again() throws {
    let store = try CentralFixture.workstation(folder, "a")
    let patient = try DecisionLog(store: store).patientID(identifier: CentralFixture.patient)
    let user = CentralFixture.nurse.userID
    try LoginCache(store: store).remember(hpr: "9000001", password: "natt1234", as: CentralFixture.nurse, at: Date())
    let news = ChartNews(store: store)
    let longAgo = Date() - 40 * 86_400
    try NoteLog(store: store).sign(NoteDraft(type: .nursing, body: "Første."), for: patient, by: CentralFixture.colleague, at: longAgo)
    let first = try XCTUnwrap(store.db.statement("SELECT op_id FROM note ORDER BY id DESC LIMIT 1").rows { $0.text(0) }.first)
    try news.noteArrived(opID: first, at: longAgo)
    try news.patientArrived(patient, at: longAgo)
    XCTAssertEqual(try news.news(for: user, at: Date(), limit: 5), [], "older than the window")

    try NoteLog(store: store).sign(NoteDraft(type: .nursing, body: "Andre."), for: patient, by: CentralFixture.colleague, at: Date())
    let second = try XCTUnwrap(store.db.statement("SELECT op_id FROM note ORDER BY id DESC LIMIT 1").rows { $0.text(0) }.first)
    try news.noteArrived(opID: second, at: Date())
    XCTAssertEqual(try news.news(for: user, at: Date(), limit: 5), [.init(patientID: patient, notes: 1, isNewHere: false)])
  }
}
