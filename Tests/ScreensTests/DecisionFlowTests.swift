import Clinical
import Screens
import Store
import XCTest

final class DecisionFlowTests: XCTestCase {
  func inbox(_ h: Harness) -> DecisionInboxState? {
    if case .decisions(let s) = h.state.top { return s }
    return nil
  }

  func caseFile(_ h: Harness) -> CaseFile? {
    for screen in h.state.screens.reversed() { if case .serviceCase(let c) = screen { return c.file } }
    return nil
  }

  /// The story: Per Hansen (87, home nursing today) applied for more help. The case officer
  /// assesses him, grants home health care 7 hours a week from next Monday with evaluation in
  /// 3 months, and produces the letter with the right appeal deadline.
  func test_per_hansen_is_assessed_granted_and_sent_his_letter_in_at_most_25_keystrokes_besides_typed_text() throws {
    let h = try Harness(trainer: true)
    let before = h.state.trainer?.keystrokes ?? 0
    h.perform(.goDecisions)
    guard let start = inbox(h) else { return XCTFail(h.text) }
    XCTAssertEqual(start.selected?.patient.identifier, "01813911570", "urgent, so first")
    assertSnapshot(h.screen, named: "decisions-inbox")
    h.perform(.decisionAssess)
    guard case .assessment = h.state.top else { return XCTFail(h.text) }
    XCTAssertTrue(h.text.contains("K78"), "his diagnoses from the chart beside the form")
    XCTAssertTrue(h.text.contains("Anne Hansen"), "next of kin")
    XCTAssertTrue(h.text.contains("Helsetjenester i hjemmet, 3 t/uke"), "the service he has now")
    let scores = "32332343332324322"
    h.type(scores)
    assertSnapshot(h.screen, named: "decisions-assessment")
    h.perform(.formSubmit)
    XCTAssertEqual(caseFile(h)?.serviceCase.lifecycle.stage, .assessed, h.text)
    h.perform(.decisionGrant)
    let typed = ["7", "mandag", "Trenger hjelp morgen og kveld mens kona er innlagt."]
    h.type(typed[0])
    h.perform(.formNextField)
    h.type(typed[1])
    XCTAssertTrue(h.text.contains("= 30.11.2026"), "Monday after Friday 27 November")
    h.perform(.formNextField)
    h.perform(.formNextField)
    h.perform(.formNextField)
    h.type(typed[2])
    XCTAssertTrue(h.text.contains("brev sendt i dag gir frist 28.12.2026."), h.text)
    XCTAssertTrue(h.text.contains("   Trenger hjelp morgen og kveld mens kona er innlagt."), "the justification whole under the form: \(h.text)")
    h.perform(.formSubmit)
    let decision = try XCTUnwrap(caseFile(h)?.decision, h.text)
    XCTAssertEqual(decision.hours, WeeklyHours(minutes: 420))
    XCTAssertEqual(decision.from, CivilDate(year: 2026, month: 11, day: 30))
    XCTAssertEqual(decision.evaluation, CivilDate(year: 2027, month: 2, day: 28))
    h.perform(.decisionLetter)
    guard case .letter = h.state.top else { return XCTFail(h.text) }
    let used = (h.state.trainer?.keystrokes ?? 0) - before - scores.count - typed.joined().count
    XCTAssertLessThanOrEqual(used, 25)
    XCTAssertEqual(used, 10)
    XCTAssertEqual(caseFile(h)?.letter?.appealDeadline, CivilDate(year: 2026, month: 12, day: 28))
    assertSnapshot(h.screen, named: "decisions-letter")
    h.perform(.listPageDown)
    XCTAssertTrue(caseFile(h)?.letter?.body.contains("Siste frist for å klage er 28.12.2026.") == true)
    XCTAssertTrue(h.text.contains("klage er 28.12.2026."), "the paragraph wrapped to the screen: \(h.text)")
    XCTAssertTrue(h.text.contains("Statsforvalteren"))
    // Printed to a file; a folder that does not exist is named and nothing else changes.
    h.perform(.letterPrint)
    h.type("/nonexistent-folder/brev.txt")
    h.perform(.formSubmit)
    XCTAssertTrue(h.text.contains("Kan ikke skrive filen /nonexistent-folder/brev.txt"), h.text)
    let path = h.folder + "/brev.txt"
    h.perform(.letterPrint)
    h.type(path)
    h.perform(.formSubmit)
    XCTAssertTrue(h.text.contains("Brevet er skrevet til"), h.text)
    let printed = try String(contentsOfFile: path, encoding: .utf8)
    XCTAssertEqual(printed, (caseFile(h)?.letter?.body ?? "") + "\n")
  }

  func test_a_late_unanswered_application_is_flagged_and_the_preliminary_answer_clears_it() throws {
    let h = try Harness()
    h.perform(.goDecisions)
    guard let s = inbox(h), let index = s.cases.firstIndex(where: { $0.needsPreliminaryAnswer(on: h.state.today) }) else {
      return XCTFail(h.text)
    }
    XCTAssertTrue(h.text.contains("§11a"))
    for _ in 0..<index { h.perform(.listNext) }
    h.perform(.decisionPreliminaryAnswer)
    XCTAssertEqual(caseFile(h)?.serviceCase.preliminaryAnswer, h.state.today)
    h.perform(.goBack)
    XCTAssertFalse(inbox(h)?.cases.contains { $0.needsPreliminaryAnswer(on: h.state.today) } ?? true, h.text)
  }

  func test_a_service_whose_evaluation_has_come_returns_to_the_inbox_until_evaluated() throws {
    let h = try Harness()
    h.perform(.goDecisions)
    // Per Hansen's home nursing since last year was due for evaluation months ago.
    guard let s = inbox(h), let index = s.cases.firstIndex(where: \.evaluationDue) else { return XCTFail(h.text) }
    XCTAssertEqual(s.cases[index].patient.identifier, "01813911570")
    XCTAssertTrue(h.text.contains("Evaluering"), h.text)
    for _ in 0..<index { h.perform(.listNext) }
    h.perform(.decisionOpen)
    XCTAssertTrue(h.text.contains("e Evaluert"), "the footer offers the step that makes sense: \(h.text)")
    // The case scrolls under its title down to the history.
    for _ in 0..<12 { h.perform(.listNext) }
    XCTAssertTrue(h.text.contains("Sak 2025/"), "the title stays: \(h.text)")
    XCTAssertTrue(h.text.contains("tjeneste startet"), "the history comes into view: \(h.text)")
    XCTAssertFalse(h.text.contains("Kartlegging (IPLOS)"), "the top scrolled away")
    h.perform(.decisionEvaluate)
    h.perform(.formSubmit)
    XCTAssertTrue(h.text.contains("Evalueringen er registrert."), h.text)
    XCTAssertEqual(caseFile(h)?.currentServices.first?.evaluation, CivilDate(year: 2027, month: 2, day: 27), "+3m from today")
    h.perform(.goBack)
    XCTAssertFalse(inbox(h)?.cases.contains(where: \.evaluationDue) ?? true, h.text)
  }

  func test_steps_that_make_no_sense_are_refused_with_the_reason_and_open_no_form() throws {
    let h = try Harness()
    h.perform(.goDecisions)
    h.perform(.decisionGrant)
    XCTAssertTrue(h.text.contains("Ikke mulig nå: kartlegg søkeren før vedtaket."), h.text)
    guard case .serviceCase = h.state.top else { return XCTFail("stays on the case: \(h.text)") }
    h.perform(.decisionLetter)
    XCTAssertTrue(h.text.contains("det er ikke fattet vedtak ennå"), h.text)
    h.perform(.decisionAppeal)
    XCTAssertTrue(h.text.contains("vedtaksbrevet er ikke sendt ennå"), h.text)
  }

  func test_bad_hours_and_dates_name_the_field_and_save_nothing() throws {
    let h = try Harness()
    h.perform(.goDecisions)
    h.perform(.decisionAssess)
    h.type("33333333333333333")
    h.perform(.formSubmit)
    h.perform(.decisionGrant)
    h.type("200")
    h.perform(.formSubmit)
    XCTAssertTrue(h.text.contains("Timer per uke: mer enn 168 timer per uke er ikke mulig på én tjeneste."), h.text)
    h.perform(.fieldClear)
    h.type("-2")
    h.perform(.formSubmit)
    XCTAssertTrue(h.text.contains("timer kan ikke være negative"), h.text)
    h.perform(.fieldClear)
    h.type("7")
    h.perform(.formNextField)
    h.type("1.12")
    h.perform(.formNextField)
    h.perform(.fieldClear)
    h.perform(.formNextField)
    h.type("01.11.2026")
    h.perform(.formNextField)
    h.type("Behov for hjelp.")
    h.perform(.formSubmit)
    XCTAssertTrue(h.text.contains("Sluttdatoen er før startdatoen."), h.text)
    h.perform(.formPrevField)
    h.perform(.fieldClear)
    h.type("31.02.2027")
    h.perform(.formSubmit)
    XCTAssertTrue(h.text.contains("Datoen kan ikke leses"), h.text)
    guard case .decisionForm = h.state.top else { return XCTFail(h.text) }
    XCTAssertNil(caseFile(h)?.decision, "nothing saved")
    h.perform(.formCancel)
    XCTAssertNil(caseFile(h)?.decision)
  }

  func test_an_appeal_goes_to_the_municipality_and_then_to_statsforvalteren() throws {
    let h = try Harness()
    h.perform(.goDecisions)
    guard let s = inbox(h), let index = s.cases.firstIndex(where: { $0.lifecycle.appeal == .lodged }) else {
      return XCTFail(h.text)
    }
    for _ in 0..<index { h.perform(.listNext) }
    h.perform(.decisionOpen)
    h.perform(.decisionReconsider)
    h.type("1")
    h.perform(.formSubmit)
    XCTAssertEqual(caseFile(h)?.serviceCase.lifecycle.appeal, .forwarded, h.text)
    h.perform(.decisionAppealOutcome)
    h.type("1")
    h.perform(.formSubmit)
    XCTAssertEqual(caseFile(h)?.serviceCase.lifecycle.appeal, .upheld, h.text)
    XCTAssertTrue(h.text.contains("Statsforvalteren stadfestet"), "in the history")
    h.perform(.decisionAppeal)
    XCTAssertTrue(h.text.contains("Statsforvalterens avgjørelse er endelig"), h.text)
    XCTAssertTrue(h.text.contains("(forvaltningsloven § 28)."), "the whole message, wrapped: \(h.text)")
  }

  func test_the_case_history_reads_in_english_in_the_english_ui() throws {
    let h = try Harness(language: .en)
    h.perform(.goDecisions)
    guard let s = inbox(h), let index = s.cases.firstIndex(where: { $0.lifecycle.stage == .assessed }) else {
      return XCTFail(h.text)
    }
    for _ in 0..<index { h.perform(.listNext) }
    h.perform(.decisionOpen)
    XCTAssertTrue(h.text.contains("assessed – need 4.1"), h.text)
    XCTAssertTrue(h.text.contains("application received · "), "the service is in the heading already: \(h.text)")
    XCTAssertFalse(h.text.contains("behov"), h.text)
    XCTAssertFalse(h.text.contains("Langtidsopphold"), h.text)
    // The appeal deadline under the grant form is whole on an 80-column screen.
    h.perform(.decisionGrant)
    XCTAssertNotNil(h.text.range(of: #"a letter sent today: deadline \d\d\.\d\d\.\d{4}\."#, options: .regularExpression), h.text)
  }

  /// The home nurse reads in the chart when a granted service begins, not only that it is granted.
  func test_a_service_that_starts_later_says_from_when() throws {
    let service = ActiveService(
      service: .homeHealthCare, hours: WeeklyHours(minutes: 300), from: CivilDate(year: 2026, month: 12, day: 14),
      evaluation: CivilDate(year: 2027, month: 3, day: 14))
    let before = try XCTUnwrap(CivilDate(year: 2026, month: 12, day: 7))
    XCTAssertEqual(
      Language.nb.text(.decision(.chartService(service, today: before))),
      "Helsetjenester i hjemmet, 5 t/uke fra 14.12.2026, evaluering 14.03.2027")
    XCTAssertEqual(
      Language.en.text(.decision(.chartService(service, today: before))),
      "Home health care (15), 5 h/week from 14.12.2026, evaluation 14.03.2027")
    XCTAssertEqual(
      Language.nb.text(.decision(.chartService(service, today: before.adding(days: 7)))),
      "Helsetjenester i hjemmet, 5 t/uke, evaluering 14.03.2027", "begun: the start is history")
  }

  func test_an_application_is_registered_from_the_inbox_and_a_bad_number_is_named() throws {
    let h = try Harness(language: .en)
    h.perform(.goDecisions)
    let before = inbox(h)?.total ?? 0
    h.perform(.decisionNew)
    h.type("12834823461")
    h.perform(.formSubmit)
    XCTAssertTrue(h.text.contains("Give a valid birth number"), h.text)
    h.perform(.fieldClear)
    h.type("12834823460")
    h.perform(.formNextField)
    XCTAssertTrue(h.text.contains("Services by IPLOS number:"), "the numbers listed while asked: \(h.text)")
    XCTAssertTrue(h.text.contains("15 Home nursing"), h.text)
    h.type("4")
    XCTAssertTrue(h.text.contains("[4  ] Day activity (4)"), "what the number names: \(h.text)")
    assertSnapshot(h.screen, named: "decisions-register-service-en")
    h.perform(.formNextField)
    XCTAssertFalse(h.text.contains("Services by IPLOS number:"), h.text)
    h.type("Liv Nordmann (daughter)")
    h.perform(.formNextField)
    h.type("Day activity two days a week.")
    h.perform(.formSubmit)
    XCTAssertTrue(h.text.contains("The application is registered."), h.text)
    XCTAssertEqual(inbox(h)?.total, before + 1)
  }
}

extension DecisionFlowTests {
  /// A granted long-term place whose patient declined while waiting: `x`, the reason, `Enter`
  /// ends the case before the service starts, and the patient leaves the bed waiting list.
  func test_a_granted_place_ends_before_it_starts_and_leaves_the_waiting_list() throws {
    let h = try Harness()
    let store = try h.demoStore()
    h.perform(.goDecisions)
    guard let index = inbox(h)?.cases.firstIndex(where: { $0.application.service == .longTermStay && $0.lifecycle.stage == .letterSent })
    else { return XCTFail(h.text) }
    for _ in 0..<index { h.perform(.listNext) }
    h.perform(.decisionOpen)
    let identifier = try XCTUnwrap(caseFile(h)?.serviceCase.patient.identifier)
    XCTAssertTrue(try CensusLog(store: store).waitingList().contains { $0.patient.identifier == identifier }, "waiting for a bed")
    XCTAssertTrue(h.text.contains("x Avslutt"), "the footer offers ending it: \(h.text)")
    h.perform(.decisionEndService)
    h.type("Takket nei til plass")
    h.perform(.formSubmit)
    XCTAssertEqual(caseFile(h)?.serviceCase.lifecycle.stage, .ended, h.text)
    XCTAssertFalse(try CensusLog(store: store).waitingList().contains { $0.patient.identifier == identifier }, "no longer waiting")
  }

  /// A decision for another service than the one applied for cites that service's law: the
  /// legal basis the form filled in follows the service typed, and one the case officer wrote
  /// stays as written.
  func test_the_legal_basis_follows_the_service_until_the_officer_writes_one() throws {
    let h = try Harness()
    h.perform(.goDecisions)
    guard let index = inbox(h)?.cases.firstIndex(where: { $0.lifecycle.stage == .received }) else { return XCTFail(h.text) }
    for _ in 0..<index { h.perform(.listNext) }
    let applied = try XCTUnwrap(inbox(h)?.selected?.application.service)
    let other: MunicipalService = applied == .homeHealthCare ? .shortTermOther : .homeHealthCare
    h.perform(.decisionAssess)
    h.type("33333333333333333")
    h.perform(.formSubmit)
    h.perform(.decisionGrant)
    func form() -> DecisionFormState? {
      if case .decisionForm(let f) = h.state.top { return f }
      return nil
    }
    XCTAssertEqual(form()?.fields.text(.legalBasis), applied.legalBasis)
    while let f = form(), f.fields.focus != .service { h.perform(.formNextField) }
    h.perform(.fieldClear)
    h.type(String(other.code))
    XCTAssertEqual(form()?.fields.text(.legalBasis), other.legalBasis, "follows the service typed")
    h.perform(.formPrevField)
    h.perform(.fieldClear)
    h.type("hol. § 3-1 og særskilt avtale")
    h.perform(.formNextField)
    h.perform(.fieldClear)
    h.type(String(applied.code))
    XCTAssertEqual(form()?.fields.text(.legalBasis), "hol. § 3-1 og særskilt avtale", "written by the officer: kept")
  }
}
