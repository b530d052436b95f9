import Clinical
import Foundation
import XCTest

import TestSupport
@testable import Store

/// Home nursing granted by the municipality's case officer, over a real PostgreSQL: the letter
/// gives the municipality's home-care service a care relation, so its workstation holds the
/// patient's record at the next round (a home-care service elsewhere gets nothing), and the
/// service ended ends the relation after the days for documentation.
final class HomeCareSyncTests: XCTestCase {
  private var folder = ""
  private let at = Date(timeIntervalSince1970: 1_795_768_200)
  private let officer = Clinician(userID: "hpr:9000007", name: "Cecilie Sak", role: "case-officer", organisation: "Trondheim kommune")
  private let patient = CentralFixture.patient
  private let heidi = Clinician(userID: "hpr:9000008", name: "Heidi Hjem", role: "nurse", organisation: "Trondheim hjemmetjeneste")

  override func setUp() { folder = temporaryFolder() }
  override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

  func test_home_nursing_granted_reaches_the_home_care_service_and_its_end_ends_the_relation() throws {
    let (station, _, _, url) = try CentralFixture.withPatient("ws_home_care")
    let admin = try CentralFixture.superuser(url)
    let kommuneToken = try municipality(admin, station)
    var tokens: [String] = []
    for (name, code, hpr) in [("Trondheim hjemmetjeneste", "5001", "9000008"), ("Bodø hjemmetjeneste", "1804", "9000009")] {
      tokens.append(
        try CentralFixture.organisation(
          "home-care", name, municipality: code, user: hpr, named: "Heidi Hjem", password: "hjemme123", on: admin, at: station))
    }
    // The service has a patient already, so what comes next comes by pull, not a first sync.
    let other = try XCTUnwrap(HelpNumber.make(birth: CivilDate(year: 1940, month: 2, day: 2)!) { _ in false })
    try admin.execute(
      """
      INSERT INTO core.patient(identifier, given, family, birth_date) VALUES ('\(other)', 'Hanna', 'Hjemme', '1940-02-02');
      INSERT INTO core.care_relation(patient_id, organisation_id, kind)
        SELECT p.id, o.id, 'home-care' FROM core.patient p, core.organisation o
        WHERE p.identifier = '\(other)' AND o.name = 'Trondheim hjemmetjeneste';
      """)
    let homeCare = try (0..<2).map { try PatientStore(path: folder + "/home-care\($0).sqlite", kind: .production) }
    try loggedIn(homeCare[0])
    for (store, token) in zip(homeCare, tokens) { _ = try SyncRound.run(store, station, token: token, today: testToday) }
    XCTAssertThrowsError(try DecisionLog(store: homeCare[0]).patientID(identifier: patient), "no relation yet")

    // The case officer grants home nursing, 7 hours a week, and sends the letter.
    let kommune = try CentralFixture.workstation(folder, "kommune")
    let log = DecisionLog(store: kommune)
    let caseID = try grantHomeNursing(log)
    _ = try SyncRound.run(kommune, station, token: kommuneToken, today: testToday)

    // The municipality's home-care service holds the record at its next round; Bodø's does not.
    XCTAssertGreaterThan(try SyncRound.run(homeCare[0], station, token: tokens[0], today: testToday).pulled, 0, "a change, so the lookup is drawn again")
    let there = try DecisionLog(store: homeCare[0]).patientID(identifier: patient)
    XCTAssertNil(try CareBasis(store: homeCare[0]).closed(there, at: Date()), "the chart opens")
    // New here: first on the home nurse's opening list, marked, until she opens the chart.
    let opening = try PatientReader(store: homeCare[0]).recent(for: heidi.userID, limit: 5)
    XCTAssertEqual(opening.map(\.id), [there])
    XCTAssertEqual(opening.map(\.isNewHere), [true])
    _ = try AuditLog(store: homeCare[0]).openChart(there, by: heidi, basis: .careRelation, at: Date())
    XCTAssertEqual(try PatientReader(store: homeCare[0]).recent(for: heidi.userID, limit: 5).map(\.hasNews), [false])
    _ = try SyncRound.run(homeCare[1], station, token: tokens[1], today: testToday)
    XCTAssertThrowsError(try DecisionLog(store: homeCare[1]).patientID(identifier: patient), "another municipality's service")
    XCTAssertEqual(try relations(admin), ["Trondheim hjemmetjeneste true", "Trondheim hjemmetjeneste true"])

    // The service started and then ended ends the relation after the days for documentation.
    try log.step(caseID, .startService, detail: nil, by: officer, at: at + 180)
    try log.step(caseID, .endService, detail: "Flyttet", by: officer, at: at + 240)
    _ = try SyncRound.run(kommune, station, token: kommuneToken, today: testToday)
    XCTAssertEqual(try relations(admin), ["Trondheim hjemmetjeneste true", "Trondheim hjemmetjeneste false"], "ending, one relation")
    let ends = try admin.query(
      "SELECT (valid_to > now() + interval '29 days')::text FROM core.care_relation WHERE kind = 'home-care' AND valid_to IS NOT NULL")
    XCTAssertEqual(ends.first?.first, "true", "held the days for documentation")
  }

  /// Changed on appeal to a refusal: the new letter gives no service at home, so the relation
  /// ends after the days for documentation, as if the service had ended.
  func test_a_decision_changed_on_appeal_to_no_service_at_home_ends_the_relation() throws {
    let (station, _, _, url) = try CentralFixture.withPatient("ws_home_care_appeal")
    let admin = try CentralFixture.superuser(url)
    let kommuneToken = try municipality(admin, station)
    _ = try homeCare(admin, station)
    let kommune = try CentralFixture.workstation(folder, "kommune")
    let log = DecisionLog(store: kommune)
    let caseID = try grantHomeNursing(log)
    _ = try SyncRound.run(kommune, station, token: kommuneToken, today: testToday)
    XCTAssertEqual(try relations(admin), ["Trondheim hjemmetjeneste true"])

    try log.step(caseID, .appeal, detail: "Naboen klager på vegne av pasienten", by: officer, at: at + 600)
    try log.step(caseID, .reconsider(upheld: false), detail: "Omgjort etter klage", by: officer, at: at + 660)
    _ = try SyncRound.run(kommune, station, token: kommuneToken, today: testToday)
    XCTAssertEqual(try relations(admin), ["Trondheim hjemmetjeneste true"], "the service goes on while the decision is made again")
    let refusal = ServiceDecision(
      service: .homeHealthCare, outcome: .refused, hours: nil, from: nil, to: nil, evaluation: nil, fee: "",
      legalBasis: MunicipalService.homeHealthCare.legalBasis, justification: "Behovet dekkes av fastlegen.")
    try log.decide(caseID, refusal, by: officer, at: at + 720)
    try log.sendLetter(caseID, dated: testToday, by: officer, at: at + 780)
    _ = try SyncRound.run(kommune, station, token: kommuneToken, today: testToday)
    XCTAssertEqual(try relations(admin), ["Trondheim hjemmetjeneste false"], "ending")
  }

  func test_a_service_that_held_no_patient_finds_its_first_one_marked_as_news() throws {
    let (station, _, _, url) = try CentralFixture.withPatient("ws_home_care_first")
    let admin = try CentralFixture.superuser(url)
    let token = try homeCare(admin, station)
    let store = try PatientStore(path: folder + "/home-care.sqlite", kind: .production)
    try loggedIn(store)
    XCTAssertEqual(try SyncRound.run(store, station, token: token, today: testToday).first.patients, 0, "a new service")

    let listed = CentralDirectory.ListedPatient(identifier: patient, given: "Ukjent", family: "Mann", birthDate: "1980-01-01")
    XCTAssertEqual(try CentralDirectory.loadCareList(on: admin, organisation: "Trondheim hjemmetjeneste", patients: [listed]).made, 1)
    XCTAssertEqual(try SyncRound.run(store, station, token: token, today: testToday).first.patients, 1)
    let opening = try PatientReader(store: store).recent(for: "hpr:9000008", limit: 5)
    XCTAssertEqual(opening.map(\.isNewHere), [true], "the workstation had synced before: this is news, not where it starts")

    // A workstation's very first sync is where it starts: nothing is news there.
    let second = try PatientStore(path: folder + "/home-care2.sqlite", kind: .production)
    XCTAssertEqual(try SyncRound.run(second, station, token: token, today: testToday).first.patients, 1)
    XCTAssertEqual(try PatientReader(store: second).recent(for: "hpr:9000008", limit: 5).count, 0, "nothing opened, nothing new")
  }

  /// Trondheim kommune with its case officer, logged in: the token.
  private func municipality(_ admin: CentralConnection, _ station: CentralConnection) throws -> String {
    try CentralFixture.organisation(
      "municipality", "Trondheim kommune", municipality: "5001", user: "9000007", named: "Cecilie Sak", role: "case-officer",
      password: "kommune12", on: admin, at: station)
  }

  /// Trondheim's home-care service with Heidi, logged in: the token.
  private func homeCare(_ admin: CentralConnection, _ station: CentralConnection) throws -> String {
    try CentralFixture.organisation(
      "home-care", "Trondheim hjemmetjeneste", municipality: "5001", user: "9000008", named: heidi.name, password: "hjemme123",
      on: admin, at: station)
  }

  /// Heidi has logged in at `store`: news is kept for her there.
  private func loggedIn(_ store: PatientStore) throws {
    try LoginCache(store: store).remember(hpr: "9000008", password: "hjemme123", as: heidi, at: Date())
  }

  /// Home nursing, 7 hours a week, granted to the fixture patient and its letter sent.
  private func grantHomeNursing(_ log: DecisionLog) throws -> Int64 {
    let caseID = try log.register(
      ServiceApplication(service: .homeHealthCare, applicant: "Ukjent Mann", reason: "Trenger hjelp med medisiner", received: testToday, urgent: false),
      for: try log.patientID(identifier: patient), by: officer, at: at)
    try log.assess(caseID, IPLOSAssessment(scores: Dictionary(uniqueKeysWithValues: IPLOSVariable.allCases.map { ($0, .largeNeed) })), by: officer, at: at + 30)
    try log.decide(
      caseID,
      ServiceDecision(
        service: .homeHealthCare, outcome: .granted, hours: WeeklyHours(minutes: 420), from: testToday.adding(days: 3), to: nil,
        evaluation: testToday.adding(months: 3), fee: "", legalBasis: MunicipalService.homeHealthCare.legalBasis,
        justification: "Trenger hjelp morgen og kveld."),
      by: officer, at: at + 60)
    try log.sendLetter(caseID, dated: testToday, by: officer, at: at + 120)
    return caseID
  }

  /// Each home-care relation on the server: its organisation, and whether it is in force for good.
  private func relations(_ admin: CentralConnection) throws -> [String] {
    try admin.query(
      """
      SELECT o.name || ' ' || (r.valid_to IS NULL)::text FROM core.care_relation r JOIN core.organisation o ON o.id = r.organisation_id
      WHERE r.kind = 'home-care' ORDER BY r.id
      """
    ).map { $0[0] ?? "" }
  }

  func test_the_home_care_service_gives_home_nursing_practical_help_and_the_alarm_not_a_place() {
    XCTAssertTrue(MunicipalService.homeHealthCare.isDeliveredAtHome)
    XCTAssertTrue(MunicipalService.safetyAlarm.isDeliveredAtHome)
    XCTAssertFalse(MunicipalService.longTermStay.isDeliveredAtHome)
    XCTAssertFalse(MunicipalService.dayActivity.isDeliveredAtHome)
  }
}
