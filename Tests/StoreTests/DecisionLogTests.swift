import Clinical
import Foundation
import XCTest

@testable import Store

final class DecisionLogTests: XCTestCase {
  var folder = ""
  override func setUp() { folder = temporaryFolder() }
  override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

  let at = Date(timeIntervalSince1970: 1_795_000_000)
  let per = "01813911570"

  private func store(size: Int = 20) throws -> PatientStore {
    try DemoStoreBuilder.build(at: folder + "/demo.sqlite", population: SyntheticPopulation(size: size), seededAt: at)
  }

  private func application(_ service: MunicipalService = .homeHealthCare, received: CivilDate = testToday, urgent: Bool = false) -> ServiceApplication {
    ServiceApplication(service: service, applicant: "Anne Hansen (ektefelle)", reason: "Mer hjelp", received: received, urgent: urgent)
  }

  private func grant(_ service: MunicipalService = .homeHealthCare, minutes: Int? = 420) -> ServiceDecision {
    ServiceDecision(
      service: service, outcome: .granted, hours: minutes.map(WeeklyHours.init(minutes:)), from: testToday.adding(days: 3),
      to: nil, evaluation: testToday.adding(days: 3).adding(months: 3), fee: "", legalBasis: service.legalBasis,
      justification: "Trenger hjelp morgen og kveld.")
  }

  private func assessment(_ score: IPLOSScore) -> IPLOSAssessment {
    IPLOSAssessment(scores: Dictionary(uniqueKeysWithValues: IPLOSVariable.allCases.map { ($0, score) }))
  }

  func test_a_case_from_application_to_letter_keeps_every_step_with_who_and_when() throws {
    let log = DecisionLog(store: try store())
    let patient = try log.patientID(identifier: per)
    let id = try log.register(application(urgent: true), for: patient, by: .demo, at: at)
    XCTAssertEqual(try log.openCaseCount(), 1)
    XCTAssertEqual(try log.inbox(offset: 0, limit: 10).first?.application.urgent, true)
    try log.assess(id, assessment(.mediumNeed), by: .demo, at: at)
    try log.decide(id, grant(), by: .demo, at: at)
    let letter = try log.sendLetter(id, dated: testToday, by: .demo, at: at)
    XCTAssertEqual(letter.appealDeadline, CivilDate(year: 2026, month: 12, day: 28), "4 weeks from Friday 27.11, past Christmas")
    XCTAssertTrue(letter.body.contains("7 timer per uke"))
    let file = try log.caseFile(id)
    XCTAssertEqual(file.serviceCase.lifecycle, CaseLifecycle(stage: .letterSent, granted: true))
    XCTAssertEqual(file.decision?.hours, WeeklyHours(minutes: 420))
    XCTAssertEqual(file.letter?.body, letter.body)
    XCTAssertEqual(file.history.map(\.step), ["received", "assess", "decide", "send-letter"])
    XCTAssertEqual(file.history.map(\.by), Array(repeating: Clinician.demo.name, count: 4))
    XCTAssertEqual(file.assessment?.needTenths, 30)
    XCTAssertTrue(file.assessedOnThisCase)
    XCTAssertEqual(try log.activeServices(patient).map(\.service), [.homeHealthCare])
    XCTAssertEqual(try PatientReader(store: try PatientStore(path: folder + "/demo.sqlite", kind: .demo)).summary(patient).services.count, 1)
    try log.step(id, .startService, detail: nil, by: .demo, at: at)
    XCTAssertEqual(try log.openCaseCount(), 0, "a running service is no work for the inbox")
    try log.step(id, .appeal, detail: "For lite hjelp.", by: .demo, at: at)
    XCTAssertEqual(try log.openCaseCount(), 1, "an appeal is")
  }

  func test_steps_the_lifecycle_refuses_change_nothing() throws {
    let log = DecisionLog(store: try store())
    let id = try log.register(application(), for: try log.patientID(identifier: per), by: .demo, at: at)
    XCTAssertThrowsError(try log.decide(id, grant(), by: .demo, at: at)) {
      XCTAssertEqual($0 as? StoreError, .refusedStep(.assessFirst))
    }
    XCTAssertThrowsError(try log.sendLetter(id, dated: testToday, by: .demo, at: at)) {
      XCTAssertEqual($0 as? StoreError, .refusedStep(.noDecision))
    }
    XCTAssertThrowsError(try log.step(id, .appeal, detail: nil, by: .demo, at: at))
    XCTAssertThrowsError(try log.step(999, .assess, detail: nil, by: .demo, at: at)) {
      XCTAssertEqual($0 as? StoreError, .caseNotFound)
    }
    let file = try log.caseFile(id)
    XCTAssertEqual(file.serviceCase.lifecycle.stage, .received)
    XCTAssertNil(file.decision)
    XCTAssertEqual(file.history.count, 1)
  }

  func test_a_decision_above_168_hours_or_ending_before_it_starts_is_refused_whole() throws {
    let log = DecisionLog(store: try store())
    let id = try log.register(application(), for: try log.patientID(identifier: per), by: .demo, at: at)
    try log.assess(id, assessment(.largeNeed), by: .demo, at: at)
    XCTAssertThrowsError(try log.decide(id, grant(minutes: 169 * 60), by: .demo, at: at)) {
      XCTAssertEqual($0 as? StoreError, .refusedDecision(.hours(.aboveWeek)))
    }
    var backwards = grant()
    backwards.to = testToday
    XCTAssertThrowsError(try log.decide(id, backwards, by: .demo, at: at)) {
      XCTAssertEqual($0 as? StoreError, .refusedDecision(.endBeforeStart))
    }
    let file = try log.caseFile(id)
    XCTAssertNil(file.decision)
    XCTAssertEqual(file.serviceCase.lifecycle.stage, .assessed)
  }

  func test_a_later_case_starts_from_the_latest_assessment_of_the_patient() throws {
    let log = DecisionLog(store: try store())
    let patient = try log.patientID(identifier: per)
    let first = try log.register(application(), for: patient, by: .demo, at: at)
    try log.assess(first, assessment(.withDifficulty), by: .demo, at: at)
    let second = try log.register(application(), for: patient, by: .demo, at: at)
    let file = try log.caseFile(second)
    XCTAssertEqual(file.assessment, assessment(.withDifficulty))
    XCTAssertFalse(file.assessedOnThisCase)
  }

  func test_citizen_portal_import_is_all_or_nothing_and_names_the_entry_and_field() throws {
    let log = DecisionLog(store: try store())
    func parse(_ json: String) -> Result<[CitizenPortalApplications.Entry], ApplicationImportProblem> {
      CitizenPortalApplications.parse(Data(json.utf8), today: testToday)
    }
    let good = #"{"patient": "01813911570", "applicant": "Per Hansen", "service": 15, "reason": "Mer hjelp", "received": "2026-11-20"}"#
    XCTAssertEqual(parse("{").map(\.count), .failure(.init(.notJSON)))
    XCTAssertEqual(parse(#"{"applications": []}"#).map(\.count), .failure(.init(.noApplications)))
    XCTAssertEqual(parse(#"{"applications": [\#(good), {"patient": "01813911570"}]}"#).map(\.count), .failure(.init(entry: 2, .missing(field: "applicant"))))
    XCTAssertEqual(parse(#"{"applications": [\#(good.replacingOccurrences(of: "\"service\": 15", with: "\"service\": 99"))]}"#).map(\.count), .failure(.init(entry: 1, .invalid(field: "service"))))
    XCTAssertEqual(parse(#"{"applications": [\#(good.replacingOccurrences(of: "01813911570", with: "01813911571"))]}"#).map(\.count), .failure(.init(entry: 1, .invalid(field: "patient"))))
    XCTAssertEqual(parse(#"{"applications": [\#(good.replacingOccurrences(of: "2026-11-20", with: "2027-01-01"))]}"#).map(\.count), .failure(.init(entry: 1, .invalid(field: "received"))), "not in the future")
    XCTAssertEqual(parse(#"{"applications": [\#(good.replacingOccurrences(of: "Mer hjelp", with: "Mer\\u001b[2Jhjelp"))]}"#).map(\.count), .failure(.init(entry: 1, .invalid(field: "reason"))), "no control characters")
    let deep = String(repeating: "[", count: 100_000)
    if case .success = parse(deep) { XCTFail("deeply nested JSON is not applications") }
    // A valid file with a person not in the store stores nothing at all.
    let stranger = good.replacingOccurrences(of: "01813911570", with: "12834823460")
    guard case .success(let entries) = parse(#"{"applications": [\#(good), \#(stranger.replacingOccurrences(of: "12834823460", with: "01815012190"))]}"#) else {
      return XCTFail("both entries are well-formed")
    }
    XCTAssertEqual(try log.register(entries, by: .demo, at: at), .failure(.init(entry: 2, .unknownPatient)))
    XCTAssertEqual(try log.openCaseCount(), 0, "nothing half-imported")
    guard case .success(let two) = parse(#"{"applications": [\#(good), \#(stranger)]}"#) else { return XCTFail("valid") }
    XCTAssertEqual(try log.register(two, by: .demo, at: at), .success(2))
    XCTAssertEqual(try log.openCaseCount(), 2)
  }

  func test_the_report_holds_the_decisions_in_force_in_the_year() throws {
    let log = DecisionLog(store: try store())
    let patient = try log.patientID(identifier: per)
    let id = try log.register(application(), for: patient, by: .demo, at: at)
    try log.assess(id, assessment(.noProblems), by: .demo, at: at)
    try log.assess(id, assessment(.mediumNeed), by: .demo, at: at)
    try log.decide(id, grant(), by: .demo, at: at)
    let other = try log.register(application(.practicalHelp), for: patient, by: .demo, at: at)
    try log.assess(other, assessment(.fullNeed), by: .demo, at: at)
    try log.decide(other, grant(.practicalHelp), by: .demo, at: at)
    XCTAssertEqual(try log.reportRecords(year: 2026).map(\.serviceCode), [15, 1])
    XCTAssertEqual(
      try log.reportRecords(year: 2026).map(\.assessment), [assessment(.mediumNeed), assessment(.fullNeed)],
      "each case with its own latest assessment")
    XCTAssertEqual(try log.reportRecords(year: 2025).count, 0, "not yet in force")
    let refused = try log.register(application(.safetyAlarm), for: patient, by: .demo, at: at)
    try log.assess(refused, assessment(.noProblems), by: .demo, at: at)
    var no = grant(.safetyAlarm, minutes: nil)
    no.outcome = .refused
    try log.decide(refused, no, by: .demo, at: at)
    XCTAssertEqual(try log.reportRecords(year: 2026).count, 2, "a refusal is no service")
  }

  func test_a_granted_place_waits_for_a_bed_by_need_and_admission_starts_the_service() throws {
    let store = try store(size: 100)
    let log = DecisionLog(store: store)
    let census = CensusLog(store: store)
    let before = try census.waitingList()
    let patient = try log.patientID(identifier: per)
    let id = try log.register(application(.longTermStay), for: patient, by: .demo, at: at)
    try log.assess(id, assessment(.fullNeed), by: .demo, at: at)
    try log.decide(id, grant(.longTermStay, minutes: nil), by: .demo, at: at)
    try log.sendLetter(id, dated: testToday, by: .demo, at: at)
    let waiting = try census.waitingList()
    XCTAssertEqual(waiting.count, before.count + 1)
    XCTAssertEqual(waiting.first?.patient.identifier, per, "full need on every variable comes first")
    XCTAssertEqual(waiting.first?.stayType, .longTerm)
    let free = try XCTUnwrap(try census.beds().first { $0.occupant == nil && $0.stayType == .longTerm })
    try census.admit(patient, to: free.id, type: .longTerm, on: testToday, by: .demo, at: at)
    XCTAssertEqual(try log.caseFile(id).serviceCase.lifecycle.stage, .serviceStarted)
    XCTAssertFalse(try census.waitingList().contains { $0.patient.identifier == per })
  }
}
