import Clinical
import Foundation
import XCTest

import TestSupport
@testable import Store

/// A long-term place granted by the municipality's case officer, over a real PostgreSQL: the
/// patient waits at each nursing home of the municipality (and at none elsewhere), held there
/// with no record until admitted; the first home to admit takes the place from every list, the
/// others let the patient go, and the case's service starts at the case officer's workstation.
final class PlaceOfferSyncTests: XCTestCase {
  private var folder = ""
  private let at = Date(timeIntervalSince1970: 1_795_768_200)
  private let officer = Clinician(userID: "hpr:9000007", name: "Cecilie Sak", role: "case-officer", organisation: "Trondheim kommune")
  private let siri = Clinician(userID: "hpr:9000005", name: "Siri Sykehjem", role: "nurse", organisation: "Lerkendal sykehjem")
  private let patient = CentralFixture.patient

  override func setUp() { folder = temporaryFolder() }
  override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

  private struct Municipality {
    let station: CentralConnection
    let officer: String
    /// Lerkendal and Tiller in the municipality (5001), Fjordgløtt in another (1508).
    let homes: [String]
    let legevakt: String
    /// The schema's owner: the server's tables as they are, past the API.
    let admin: CentralConnection
  }

  private func municipality(_ database: String) throws -> Municipality {
    let (station, legevakt, _, url) = try CentralFixture.withPatient(database)
    let admin = try CentralFixture.superuser(url)
    try CentralDirectory.addOrganisation(on: admin, kind: "municipality", name: "Trondheim kommune", municipality: "5001")
    try CentralDirectory.addUser(
      on: admin, hpr: "9000007", name: "Cecilie Sak", role: "case-officer", organisation: "Trondheim kommune", password: "kommune12")
    var homes: [String] = []
    let nurses = [("9000005", "Siri Sykehjem"), ("9000015", "Tora Tiller"), ("9000025", "Frida Fjord")]
    for ((home, code), (hpr, name)) in zip([("Lerkendal sykehjem", "5001"), ("Tiller sykehjem", "5001"), ("Fjordgløtt sykehjem", "1508")], nurses) {
      try CentralDirectory.addOrganisation(on: admin, kind: "nursing-home", name: home, municipality: code)
      try CentralDirectory.addUser(on: admin, hpr: hpr, name: name, role: "nurse", organisation: home, password: "sykehjem1")
      _ = try CentralWards.add(on: admin, organisation: home, ward: "Avdeling 1", municipality: code, stayType: "long-term", beds: ["101", "102"])
      homes.append(try CentralLogin.token(station, hpr: hpr, password: "sykehjem1"))
    }
    return Municipality(
      station: station, officer: try CentralLogin.token(station, hpr: "9000007", password: "kommune12"), homes: homes, legevakt: legevakt,
      admin: admin)
  }

  private func round(_ store: PatientStore, _ m: Municipality, _ token: String) throws -> SyncRound.Outcome {
    try SyncRound.run(store, m.station, token: token, today: testToday)
  }

  private func waiting(_ store: PatientStore) throws -> [String] {
    try CensusLog(store: store).waitingList().map { "\($0.patient.identifier) \($0.stayType.rawValue) \($0.since)" }
  }

  /// The case officer grants a long-term place on a large need, and the letter is sent.
  private func grantPlace(in store: PatientStore) throws -> Int64 {
    let log = DecisionLog(store: store)
    let application = ServiceApplication(
      service: .longTermStay, applicant: "Ukjent Mann", reason: "Klarer seg ikke hjemme lenger", received: testToday, urgent: false)
    let caseID = try log.register(application, for: try log.patientID(identifier: patient), by: officer, at: at)
    try log.assess(caseID, IPLOSAssessment(scores: Dictionary(uniqueKeysWithValues: IPLOSVariable.allCases.map { ($0, .largeNeed) })), by: officer, at: at + 60)
    let decision = ServiceDecision(
      service: .longTermStay, outcome: .granted, hours: nil, from: testToday.adding(days: 3), to: nil,
      evaluation: testToday.adding(days: 3).adding(months: 3), fee: "", legalBasis: MunicipalService.longTermStay.legalBasis,
      justification: "Trenger heldøgns omsorg.")
    try log.decide(caseID, decision, by: officer, at: at + 120)
    try log.sendLetter(caseID, dated: testToday, by: officer, at: at + 180)
    return caseID
  }

  /// The place granted and sent, and each home's workstation synced once.
  private func offered(_ database: String) throws -> (Municipality, kommune: PatientStore, homes: [PatientStore], caseID: Int64) {
    let m = try municipality(database)
    let kommune = try CentralFixture.workstation(folder, "kommune")
    let caseID = try grantPlace(in: kommune)
    XCTAssertEqual(try round(kommune, m, m.officer).pushed.applied, 5, "the referral's relation, the application and three steps")
    let homes = try (0..<3).map { try PatientStore(path: folder + "/home\($0).sqlite", kind: .production) }
    for (store, token) in zip(homes, m.homes) { _ = try round(store, m, token) }
    return (m, kommune, homes, caseID)
  }

  private func admit(at home: PatientStore, bed label: String, by nurse: Clinician, at time: Date) throws -> Int64 {
    let bed = try XCTUnwrap(try CensusLog(store: home).beds().first { $0.label == label }?.id)
    return try CensusLog(store: home).admit(
      try DecisionLog(store: home).patientID(identifier: patient), to: bed, type: .longTerm, on: testToday, by: nurse, at: time)
  }

  func test_a_granted_place_waits_at_each_home_of_the_municipality_until_one_admits() throws {
    let (m, kommune, homes, caseID) = try offered("ws_place_offers")
    let expected = ["\(patient) long-term \(testToday)"]
    XCTAssertEqual(try waiting(homes[0]), expected, "offered at each home of the municipality")
    XCTAssertEqual(try waiting(homes[1]), expected)
    XCTAssertEqual(try waiting(homes[2]), [], "a home of another municipality is offered nothing")
    XCTAssertEqual(try CensusLog(store: homes[0]).waitingList().first?.patient.name.full, "Ukjent Mann", "named as the server knows them")
    let atLerkendal = try DecisionLog(store: homes[0]).patientID(identifier: patient)
    XCTAssertEqual(try CareBasis(store: homes[0]).closed(atLerkendal, at: at), .waitingForPlace, "no record before admission")
    XCTAssertEqual(try round(homes[0], m, m.homes[0]).pulled, 0, "an offer is taken in once")
    // The legevakt is in the municipality, but not a home: it reads no offer.
    let offers = try m.station.transaction(as: m.legevakt) { () throws(CentralError) in
      try m.station.query("SELECT count(*)::text FROM api.place_offers(0)")
    }
    XCTAssertEqual(offers.first?.first, "0")
    XCTAssertThrowsError(try m.station.query("SELECT count(*) FROM core.place_offer"), "a login role reaches no table")

    // Lerkendal admits from its waiting list; the record comes with the relation the stay begins.
    _ = try admit(at: homes[0], bed: "101", by: siri, at: at + 600)
    XCTAssertEqual(try waiting(homes[0]), [])
    XCTAssertNil(try CareBasis(store: homes[0]).closed(atLerkendal, at: at + 600), "the chart opens once admitted")
    _ = try round(homes[0], m, m.homes[0])
    let there = try XCTUnwrap(try homes[0].db.statement("SELECT max(id) FROM service_case").rows { $0.optionalInt(0) }.first ?? nil)
    XCTAssertEqual(
      try DecisionLog(store: homes[0]).caseFile(there).serviceCase.lifecycle.stage, .serviceStarted,
      "the case came with the record, its service started by the admission")
    XCTAssertEqual(try waiting(homes[0]), [], "the letter in the fetched case puts no one on the list again")

    // Tiller lets the patient go: the place was taken, and it held them for nothing else.
    XCTAssertGreaterThan(try round(homes[1], m, m.homes[1]).pulled, 0)
    XCTAssertEqual(try waiting(homes[1]), [])
    XCTAssertThrowsError(try DecisionLog(store: homes[1]).patientID(identifier: patient), "removed from Tiller's workstation")

    // At the case officer's workstation the service started with the admission, by the nurse.
    _ = try round(kommune, m, m.officer)
    let file = try DecisionLog(store: kommune).caseFile(caseID)
    XCTAssertEqual(file.serviceCase.lifecycle.stage, .serviceStarted)
    XCTAssertEqual(
      file.letter?.body.split(separator: "\n").first, "Trondheim kommune",
      "a record from the server names no home municipality: the case officer's organisation decides")
    XCTAssertEqual(file.history.last.map { "\($0.step) \($0.detail ?? "") \($0.by)" }, "start-service Lerkendal sykehjem Siri Sykehjem")
    XCTAssertEqual(try waiting(kommune), [], "no longer waiting at the case officer's workstation either")
  }

  func test_two_homes_admitting_at_once_is_a_conflict_at_the_second_until_it_withdraws() throws {
    let (m, kommune, homes, caseID) = try offered("ws_place_taken_twice")
    let tora = Clinician(userID: "hpr:9000015", name: "Tora Tiller", role: "nurse", organisation: "Tiller sykehjem")
    // Offline at once: both homes admit her from their lists; Lerkendal reaches the server first.
    _ = try admit(at: homes[0], bed: "101", by: siri, at: at + 600)
    let atTiller = try admit(at: homes[1], bed: "102", by: tora, at: at + 630)
    _ = try round(homes[0], m, m.homes[0])
    _ = try round(homes[1], m, m.homes[1])

    let line = try XCTUnwrap(try CensusLog(store: homes[1]).beds().first { $0.label == "102" }?.occupant)
    XCTAssertEqual(line.placeTakenBy, "Lerkendal sykehjem", "Tiller is told the place went to Lerkendal")
    let open = try SyncConflicts(store: homes[1]).open(limit: 5)
    XCTAssertEqual(open.map(\.kind), [.bed])
    XCTAssertEqual(open.first?.stayID, atTiller)
    XCTAssertTrue(open.first?.origin.hasPrefix("Lerkendal sykehjem ") == true, open.first?.origin ?? "")
    XCTAssertEqual(try SyncConflicts(store: homes[0]).openCount(), 0, "the home that took the place has no conflict")

    // Tiller withdraws its admission: no stay, no discharge, and its care relation ends.
    try CensusLog(store: homes[1]).withdraw(atTiller, by: tora, at: at + 900)
    XCTAssertEqual(try SyncConflicts(store: homes[1]).openCount(), 0)
    XCTAssertEqual(try CensusLog(store: homes[1]).movements(on: testToday).admitted, 0)
    XCTAssertThrowsError(try CensusLog(store: homes[0]).withdraw(try XCTUnwrap(try CensusLog(store: homes[0]).beds().first { $0.label == "101" }?.occupant?.stayID), by: siri, at: at + 900), "Lerkendal's stay is the stay")
    XCTAssertEqual(try round(homes[1], m, m.homes[1]).pushed.applied, 2, "the withdrawal and the end of the relation")
    _ = try round(kommune, m, m.officer)
    let history = try DecisionLog(store: kommune).caseFile(caseID).history.filter { $0.step == "start-service" }
    XCTAssertEqual(history.map(\.by), ["Siri Sykehjem"], "the service started once, by the admission that took the place")
  }

  /// The offer follows from what a letter says it grants; a letter saying it wrongly (an unknown
  /// kind of place, a need outside IPLOS, a date no calendar has) makes none, and the letter,
  /// already in force, is not refused for it. Written as the server's trigger sees an entry.
  func test_a_letter_with_a_malformed_place_makes_no_offer_and_still_stands() throws {
    let admin = try municipality("ws_place_malformed").admin
    func letter(dated: String, place: String) throws -> Int {
      try admin.execute("BEGIN")
      try admin.query("SELECT set_config('ws.user', '9000007', true)")
      try admin.query(
        """
        INSERT INTO core.clinical_entry(op_id, patient_id, kind, payload, pushed_by)
        SELECT gen_random_uuid(), p.id, 'case-step', jsonb_build_object('step', 'send-letter', 'accepted', true,
          'case', gen_random_uuid(), 'dated', $1::integer, 'place', $2::jsonb), '9000007'
        FROM core.patient p WHERE p.identifier = $3
        """, [dated, place, patient])
      try admin.execute("COMMIT")
      return Int(try admin.query("SELECT count(*)::text FROM core.place_offer").first?.first.flatMap { $0 } ?? "") ?? -1
    }
    XCTAssertEqual(try letter(dated: "20261127", place: #"{"stay": "castle", "need": 30}"#), 0)
    XCTAssertEqual(try letter(dated: "20261127", place: #"{"stay": "long-term", "need": 99}"#), 0)
    XCTAssertEqual(try letter(dated: "20261127", place: #"{"stay": "long-term", "need": "3,0"}"#), 0)
    XCTAssertEqual(try letter(dated: "20261399", place: #"{"stay": "long-term", "need": 30}"#), 0, "the letter is kept; no offer")
    XCTAssertEqual(try letter(dated: "20261127", place: #""long-term""#), 0)
    XCTAssertEqual(try letter(dated: "20261127", place: #"{"stay": "long-term", "need": null}"#), 1, "a place with no assessed need is offered")
  }

  /// The place ends before any home admits (the patient died or declined): every home drops her
  /// at its next round and lets her go. A home that admitted her offline meanwhile is told, as a
  /// conflict on that stay, until it withdraws the admission; no service starts.
  func test_a_place_ended_before_admission_leaves_every_list() throws {
    let (m, kommune, homes, caseID) = try offered("ws_place_ended")
    let tora = Clinician(userID: "hpr:9000015", name: "Tora Tiller", role: "nurse", organisation: "Tiller sykehjem")
    // Tiller admits her offline; meanwhile the case officer ends the place.
    let atTiller = try admit(at: homes[1], bed: "101", by: tora, at: at + 600)
    try DecisionLog(store: kommune).step(caseID, .endService, detail: "Takket nei til plass", by: officer, at: at + 620)
    XCTAssertEqual(try waiting(kommune), [], "no longer waiting where the case is held either")
    XCTAssertEqual(try round(kommune, m, m.officer).pushed.applied, 1)

    _ = try round(homes[0], m, m.homes[0])
    XCTAssertEqual(try waiting(homes[0]), [], "off Lerkendal's list")
    XCTAssertThrowsError(try DecisionLog(store: homes[0]).patientID(identifier: patient), "held for the offer only: removed")

    _ = try round(homes[1], m, m.homes[1])
    let line = try XCTUnwrap(try CensusLog(store: homes[1]).beds().first { $0.label == "101" }?.occupant)
    XCTAssertEqual(line.placeEndedBy, "Trondheim kommune")
    XCTAssertEqual(line.placeTakenBy, nil)
    let open = try SyncConflicts(store: homes[1]).open(limit: 5)
    XCTAssertEqual(open.map(\.stayID), [atTiller])
    XCTAssertTrue(open.first?.origin.hasPrefix("Trondheim kommune ") == true, open.first?.origin ?? "")
    try CensusLog(store: homes[1]).withdraw(atTiller, by: tora, at: at + 900)
    XCTAssertEqual(try SyncConflicts(store: homes[1]).openCount(), 0)

    _ = try round(homes[1], m, m.homes[1])
    _ = try round(kommune, m, m.officer)
    let file = try DecisionLog(store: kommune).caseFile(caseID)
    XCTAssertEqual(file.serviceCase.lifecycle.stage, .ended)
    XCTAssertFalse(file.history.contains { $0.step == "start-service" }, "no service started at a place that had ended")
  }

  /// The patient appeals; the municipality changes its decision and decides again. While the
  /// case is back with the case officer the place is granted nowhere, so the homes drop her; the
  /// new letter grants a short-term place instead, and that is what the homes offer. Changed
  /// once more on appeal and refused, she is offered nothing.
  func test_a_decision_changed_on_appeal_ends_the_offer_and_its_new_letter_offers_again() throws {
    let (m, kommune, homes, caseID) = try offered("ws_place_appealed")
    let log = DecisionLog(store: kommune)
    try log.step(caseID, .appeal, detail: "Ønsker korttidsopphold først", by: officer, at: at + 600)
    try log.step(caseID, .reconsider(upheld: false), detail: "Omgjort etter klage", by: officer, at: at + 660)
    XCTAssertEqual(try waiting(kommune), [], "not waiting while the decision is made again")
    XCTAssertEqual(try round(kommune, m, m.officer).pushed.applied, 2)
    for (store, token) in zip(homes, m.homes) { _ = try round(store, m, token) }
    XCTAssertEqual(try waiting(homes[0]), [], "off the homes' lists too")
    XCTAssertEqual(try waiting(homes[1]), [])
    XCTAssertThrowsError(try DecisionLog(store: homes[0]).patientID(identifier: patient), "held for the offer only: removed")

    let later = testToday.adding(days: 7)
    let shortStay = ServiceDecision(
      service: .shortTermOther, outcome: .granted, hours: nil, from: later.adding(days: 3), to: later.adding(days: 31),
      evaluation: nil, fee: "", legalBasis: MunicipalService.shortTermOther.legalBasis, justification: "Korttidsopphold først.")
    try log.decide(caseID, shortStay, by: officer, at: at + 720)
    try log.sendLetter(caseID, dated: later, by: officer, at: at + 780)
    XCTAssertEqual(try round(kommune, m, m.officer).pushed.applied, 2)
    for (store, token) in zip(homes, m.homes) { _ = try round(store, m, token) }
    let again = ["\(patient) short-term \(later)"]
    XCTAssertEqual(try waiting(kommune), again)
    XCTAssertEqual(try waiting(homes[0]), again, "offered again, for the place the new letter grants")
    XCTAssertEqual(try waiting(homes[1]), again)
    XCTAssertEqual(try waiting(homes[2]), [])

    // Appealed again, changed, and this time refused: no place, on no list.
    try log.step(caseID, .appeal, detail: nil, by: officer, at: at + 840)
    try log.step(caseID, .reconsider(upheld: false), detail: nil, by: officer, at: at + 900)
    let refusal = ServiceDecision(
      service: .shortTermOther, outcome: .refused, hours: nil, from: nil, to: nil, evaluation: nil, fee: "",
      legalBasis: MunicipalService.shortTermOther.legalBasis, justification: "Behovet dekkes hjemme.")
    try log.decide(caseID, refusal, by: officer, at: at + 960)
    try log.sendLetter(caseID, dated: later, by: officer, at: at + 1_020)
    XCTAssertEqual(try round(kommune, m, m.officer).pushed.applied, 4)
    for (store, token) in zip(homes, m.homes) { _ = try round(store, m, token) }
    XCTAssertEqual(try waiting(homes[0]), [])
    XCTAssertEqual(try waiting(homes[1]), [])
    XCTAssertEqual(try waiting(kommune), [])
  }
}
