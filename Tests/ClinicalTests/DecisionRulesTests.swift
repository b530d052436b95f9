import Clinical
import XCTest

final class DecisionRulesTests: XCTestCase {
  func date(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }

  func test_hours_per_week_are_read_as_typed_and_monthly_amounts_divide_by_4() {
    XCTAssertEqual(WeeklyHours.parse("7"), .success(WeeklyHours(minutes: 420)))
    XCTAssertEqual(WeeklyHours.parse("7,5"), .success(WeeklyHours(minutes: 450)))
    XCTAssertEqual(WeeklyHours.parse("7.5 t/uke"), .success(WeeklyHours(minutes: 450)))
    XCTAssertEqual(WeeklyHours.parse("24 t/mnd"), .success(WeeklyHours(minutes: 360)), "24 a month is 6 a week")
    XCTAssertEqual(WeeklyHours.parse("30/mnd"), .success(WeeklyHours(minutes: 450)))
    XCTAssertEqual(WeeklyHours.parse("168"), .success(WeeklyHours(minutes: 10_080)), "a whole week is allowed")
    XCTAssertEqual(WeeklyHours.parse("168,5"), .failure(.aboveWeek))
    XCTAssertEqual(WeeklyHours.parse("700/mnd"), .failure(.aboveWeek), "175 a week")
    XCTAssertEqual(WeeklyHours.parse("-1"), .failure(.negative))
    XCTAssertEqual(WeeklyHours.parse("sju"), .failure(.notANumber))
    XCTAssertEqual(WeeklyHours.parse("nan"), .failure(.notANumber))
    XCTAssertEqual(WeeklyHours(minutes: 450).description, "7,5")
    XCTAssertEqual(WeeklyHours(minutes: 315).description, "5,25")
    XCTAssertEqual(WeeklyHours(minutes: 420).description, "7")
  }

  func test_dates_as_case_officers_type_them() {
    let today = date(2026, 11, 27)  // a Friday
    XCTAssertEqual(DateInput.parse("mandag", today: today), date(2026, 11, 30))
    XCTAssertEqual(DateInput.parse("man", today: today), date(2026, 11, 30))
    XCTAssertEqual(DateInput.parse("Monday", today: today), date(2026, 11, 30))
    XCTAssertEqual(DateInput.parse("fredag", today: today), date(2026, 12, 4), "the next one, not today")
    XCTAssertEqual(DateInput.parse("01.12.2026", today: today), date(2026, 12, 1))
    XCTAssertEqual(DateInput.parse("1.12", today: today), date(2026, 12, 1))
    XCTAssertEqual(DateInput.parse("011226", today: today), date(2026, 12, 1))
    XCTAssertEqual(DateInput.parse("01122026", today: today), date(2026, 12, 1))
    XCTAssertEqual(DateInput.parse("i dag", today: today), today)
    XCTAssertEqual(DateInput.parse("+3m", today: today, from: date(2026, 11, 30)), date(2027, 2, 28), "no 30 February")
    XCTAssertEqual(DateInput.parse("+2u", today: today), date(2026, 12, 11))
    XCTAssertEqual(DateInput.parse("+10", today: today), date(2026, 12, 7))
    XCTAssertNil(DateInput.parse("31.02.2026", today: today))
    XCTAssertNil(DateInput.parse("ma", today: today), "too short to be sure of the day")
    XCTAssertNil(DateInput.parse("+3x", today: today))
  }

  func test_a_decision_names_what_is_missing_or_wrong() {
    var d = ServiceDecision(
      service: .homeHealthCare, outcome: .granted, hours: nil, from: nil, to: nil, evaluation: nil, fee: "",
      legalBasis: "hol. § 3-2", justification: " ")
    XCTAssertEqual(d.problems, [.hoursNeeded, .startNeeded, .justificationNeeded])
    d.hours = WeeklyHours(minutes: 10_081)
    d.from = date(2026, 12, 1)
    d.to = date(2026, 11, 1)
    d.evaluation = date(2026, 11, 15)
    d.justification = "Behov for hjelp."
    XCTAssertEqual(d.problems, [.hours(.aboveWeek), .endBeforeStart, .evaluationBeforeStart])
    let refusal = ServiceDecision(
      service: .longTermStay, outcome: .refused, hours: nil, from: nil, to: nil, evaluation: nil, fee: "",
      legalBasis: "hol. § 3-2 a", justification: "Behovet dekkes med hjemmetjenester.")
    XCTAssertEqual(refusal.problems, [], "a refusal has no scope or period")
    let alarm = ServiceDecision(
      service: .safetyAlarm, outcome: .granted, hours: nil, from: date(2026, 12, 1), to: nil, evaluation: nil, fee: "",
      legalBasis: "hol. § 3-1", justification: "Falt to ganger.")
    XCTAssertEqual(alarm.problems, [], "an alarm is not granted in hours")
  }

  func test_service_codes_and_their_appeal_routes() {
    XCTAssertEqual(MunicipalService(code: 15), .homeHealthCare)
    XCTAssertEqual(MunicipalService(code: 21), .longTermStay)
    XCTAssertNil(MunicipalService(code: 9))
    XCTAssertNil(MunicipalService(code: 99))
    XCTAssertEqual(MunicipalService.homeHealthCare.appealBasis, .patientRightsAct)
    XCTAssertEqual(MunicipalService.longTermStay.appealBasis, .patientRightsAct)
    XCTAssertEqual(MunicipalService.safetyAlarm.appealBasis, .publicAdministrationAct)
    XCTAssertEqual(MunicipalService.longTermStay.stayType, .longTerm)
    XCTAssertNil(MunicipalService.homeHealthCare.stayType)
  }

  func test_the_iplos_validity_rules() {
    func record(_ code: Int, from: CivilDate?, to: CivilDate? = nil, minutes: Int? = 420) -> IPLOSReport.Record {
      IPLOSReport.Record(
        caseID: 1, identifier: "01813911570", birthDate: date(1939, 1, 1), municipality: "1508", serviceCode: code,
        from: from, to: to, minutesPerWeek: minutes, assessment: IPLOSAssessment())
    }
    XCTAssertEqual(IPLOSReport.failures(record(15, from: date(2026, 1, 1))), [])
    XCTAssertEqual(IPLOSReport.failures(record(15, from: date(2026, 1, 1), to: date(2026, 1, 1))), [], "one day")
    XCTAssertEqual(IPLOSReport.failures(record(15, from: date(2026, 2, 1), to: date(2026, 1, 1))), [.endBeforeStart])
    XCTAssertEqual(IPLOSReport.failures(record(15, from: date(1938, 12, 31))), [.startBeforeBirth])
    XCTAssertEqual(IPLOSReport.failures(record(9, from: date(2026, 1, 1))), [.unknownServiceCode(9)])
    XCTAssertEqual(IPLOSReport.failures(record(15, from: date(2026, 1, 1), minutes: 10_081)), [.hoursAboveWeek])
    XCTAssertEqual(IPLOSReport.failures(record(15, from: date(2026, 1, 1), minutes: -60)), [.negativeHours])
    XCTAssertEqual(IPLOSReport.failures(record(15, from: nil)), [.noStartDate])
    var scored = IPLOSAssessment()
    scored.scores[.socialParticipation] = .mediumNeed
    scored.scores[.hearing] = .notRelevant
    let line = IPLOSReport.line(
      IPLOSReport.Record(
        caseID: 2, identifier: "01813911570", birthDate: date(1939, 1, 1), municipality: "1508", serviceCode: 15,
        from: date(2026, 11, 30), to: nil, minutesPerWeek: 450, assessment: scored))
    XCTAssertEqual(line, "1508;01813911570;15;2026-11-30;;7.50;3;;;;;;;;;;;;;;;;9")
    XCTAssertEqual(IPLOSReport.header.split(separator: ";").count, line.split(separator: ";", omittingEmptySubsequences: false).count)
  }

  func test_need_is_the_mean_of_relevant_scores() {
    var a = IPLOSAssessment()
    XCTAssertNil(a.needTenths)
    a.scores = [.eating: .fullNeed, .toilet: .mediumNeed, .vision: .notRelevant]
    XCTAssertEqual(a.needTenths, 40)
    a.scores[.memory] = .largeNeed
    XCTAssertEqual(a.needTenths, 40)
    a.scores[.hearing] = .noProblems
    XCTAssertEqual(a.needTenths, 33, "13 / 4 = 3.25, rounded to tenths")
  }

  func test_the_letter_states_the_decision_basis_fee_and_the_deadline_with_where_to_send_it() {
    let decision = ServiceDecision(
      service: .homeHealthCare, outcome: .granted, hours: WeeklyHours(minutes: 420), from: date(2026, 11, 30), to: nil,
      evaluation: date(2027, 2, 28), fee: "", legalBasis: MunicipalService.homeHealthCare.legalBasis,
      justification: "Trenger hjelp morgen og kveld.")
    let application = ServiceApplication(
      service: .homeHealthCare, applicant: "Anne Hansen (ektefelle)", reason: "Mer hjelp", received: date(2026, 11, 21), urgent: true)
    let letter = DecisionLetter.text(
      decision, application: application,
      parties: .init(patientName: "Per Hansen", identifier: "01813911570", municipality: "Ålesund kommune", caseNumber: "2026/2", officer: "Siri Saksbehandler"),
      date: date(2026, 11, 27))
    XCTAssertTrue(letter.contains("Du får innvilget helsetjenester i hjemmet, 7 timer per uke, fra 30.11.2026 og inntil videre."), letter)
    XCTAssertTrue(letter.contains("innen 28.02.2027"))
    XCTAssertTrue(letter.contains("hol. § 3-2 første ledd nr. 6 bokstav a"))
    XCTAssertTrue(letter.contains("Tjenesten er uten egenandel."))
    XCTAssertTrue(letter.contains("pasient- og brukerrettighetsloven § 7-2 og § 7-5"))
    XCTAssertTrue(letter.contains("Siste frist for å klage er 28.12.2026."), "4 weeks end on Friday 25.12: moved past Christmas and the weekend")
    XCTAssertTrue(letter.contains("Send klagen til Ålesund kommune"))
    XCTAssertTrue(letter.contains("Statsforvalteren"))
    let refused = DecisionLetter.text(
      ServiceDecision(
        service: .safetyAlarm, outcome: .refused, hours: nil, from: nil, to: nil, evaluation: nil, fee: "",
        legalBasis: MunicipalService.safetyAlarm.legalBasis, justification: "Bor med ektefelle som er hjemme."),
      application: application,
      parties: .init(patientName: "Per Hansen", identifier: "01813911570", municipality: "Ålesund kommune", caseNumber: "2026/3", officer: "Siri Saksbehandler"),
      date: date(2026, 11, 27))
    XCTAssertTrue(refused.contains("Søknaden om trygghetsalarm er avslått."))
    XCTAssertTrue(refused.contains("forvaltningsloven §§ 28 og 29"))
    XCTAssertTrue(refused.contains("Klagefristen er 3 uker"))
    XCTAssertTrue(refused.contains("Siste frist for å klage er 18.12.2026."))
    XCTAssertFalse(refused.contains("Egenandel"), "no fee on a refusal")
  }
}
