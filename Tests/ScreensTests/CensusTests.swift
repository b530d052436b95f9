import Clinical
import Screens
import XCTest

@testable import Store

final class CensusTests: XCTestCase {
  func census(_ h: Harness) -> CensusState? {
    if case .census(let s) = h.state.top { return s }
    return nil
  }

  /// The story: Ingrid Berg goes home and the first waiting for rehabilitation gets her bed.
  func test_ingrid_goes_home_and_the_first_waiting_patient_takes_her_bed_in_at_most_8_keystrokes() throws {
    let h = try Harness(trainer: true)
    let before = h.state.trainer?.keystrokes ?? 0
    h.perform(.goCensus)
    guard let start = census(h) else { return XCTFail(h.text) }
    XCTAssertEqual(start.selected?.occupant?.patient.identifier, "15864131201", "Ingrid first, due out today")
    let firstWaiting = try XCTUnwrap(start.waiting.first { $0.stayType == .rehabilitation }, "someone waits for rehabilitation")
    assertSnapshot(h.screen, named: "census-start")
    h.perform(.censusDischarge)
    h.perform(.formSubmit)  // 1, home, is filled in
    XCTAssertNil(census(h)?.selected?.occupant, "her bed is free")
    h.perform(.censusAdmit)
    h.perform(.formSubmit)
    let used = (h.state.trainer?.keystrokes ?? 0) - before
    XCTAssertLessThanOrEqual(used, 8)
    XCTAssertEqual(census(h)?.selected?.occupant?.patient.id, firstWaiting.patient.id)
    XCTAssertEqual(census(h)?.selected?.occupant?.stayType, firstWaiting.stayType)
    XCTAssertFalse(census(h)?.waiting.contains { $0.id == firstWaiting.id } ?? true, "off the waiting list")
    XCTAssertEqual(census(h)?.movements.admitted, 1)
    XCTAssertEqual(census(h)?.movements.discharged, 1)
  }

  func test_admitting_into_a_taken_bed_and_transferring_to_a_taken_one_are_refused() throws {
    let h = try Harness()
    h.perform(.goCensus)
    h.perform(.censusAdmit)
    XCTAssertTrue(h.text.contains("Sengen er opptatt"), h.text)
    h.perform(.censusTransfer)
    h.type("101 B")
    h.perform(.formSubmit)
    XCTAssertTrue(h.text.contains("Sengen er opptatt"), h.text)
    h.perform(.censusTransfer)
    h.type("102")
    h.perform(.formSubmit)
    XCTAssertEqual(census(h)?.beds.first { $0.label == "102" }?.occupant?.patient.identifier, "15864131201")
    h.perform(.censusStats)
    XCTAssertTrue(h.text.contains("Avsluttede opphold telles i kvartalet de ble avsluttet"), h.text)
    assertSnapshot(h.screen, named: "census-stats")
  }

  /// A new home has ended no stay yet; its statistics still name its own municipality, not "—".
  func test_the_statistics_of_a_home_without_ended_stays_name_its_municipality() throws {
    let h = try Harness(production: { try PatientStore(path: $0 + "/home.sqlite", kind: .production) })
    h.perform(.goCensus)
    XCTAssertTrue(h.text.contains("Ingen avdelinger på denne arbeidsstasjonen."), "says where wards come from: \(h.text)")
    h.perform(.censusStats)
    XCTAssertTrue(h.text.contains("Liggetid, korttidsopphold · — mot regionen"), "no ward, no municipality: \(h.text)")
    h.session.dispatch(.censusStatisticsLoaded([], openStays: 0, home: "5001"))
    XCTAssertTrue(h.text.contains("Liggetid, korttidsopphold · Trondheim mot regionen"), h.text)
    h.perform(.statsNextMunicipality)
    XCTAssertTrue(h.text.contains("· Trondheim mot regionen"), "the only one: \(h.text)")
  }

  /// A bed nobody waits for opens the admit question empty: Enter alone asks for a choice.
  func test_admitting_to_a_bed_nobody_waits_for_asks_whom() throws {
    let h = try Harness()
    h.perform(.goCensus)
    h.perform(.listLast)
    XCTAssertNil(census(h)?.selected?.occupant, "the last KAD bed is free")
    h.perform(.censusAdmit)
    XCTAssertEqual(census(h)?.prompt?.input.texts, [""], "no one waits for a KAD bed")
    h.perform(.formSubmit)
    XCTAssertNotNil(census(h)?.prompt, h.text)
    XCTAssertTrue(h.text.contains("på ventelisten, eller skriv et fødselsnummer"), h.text)
  }

  /// Home is suggested; another destination is its digit alone, in place of the suggestion.
  func test_a_discharge_elsewhere_than_home_is_one_digit() throws {
    let h = try Harness()
    h.perform(.goCensus)
    let stay = try XCTUnwrap(census(h)?.selected?.occupant?.stayID)
    h.perform(.censusDischarge)
    XCTAssertEqual(census(h)?.prompt?.input.texts, ["1"])
    XCTAssertTrue(h.text.contains("4 annen institusjon 5 død"), "every destination shows: \(h.text)")
    h.type("3")
    h.perform(.formSubmit)
    XCTAssertNil(census(h)?.prompt, h.text)
    let store = try h.demoStore()
    XCTAssertEqual(
      try store.db.prepare("SELECT destination FROM stay WHERE id = ?").bind(1, stay).rows { $0.optionalText(0) }.first ?? nil,
      DischargeDestination.allCases[2].rawValue)
  }
}

extension CensusTests {
  /// Two patients merged into one bed by sync: the second stands under the bed as a conflict,
  /// the conflicts list opens the census on her, and moving her to a free bed resolves it.
  func test_a_bed_conflict_opens_on_the_census_and_moving_the_patient_resolves_it() throws {
    let h = try Harness()
    let store = try h.demoStore()
    // The first waiting patient put in Ingrid's bed 101 A at another workstation, after her.
    let beds = try CensusLog(store: store).beds()
    let taken = try XCTUnwrap(beds.first { $0.occupant?.patient.identifier == "15864131201" })
    let waiting = try XCTUnwrap(try CensusLog(store: store).waitingList().first)
    try store.db.statement(
      """
      INSERT INTO stay(patient_id, bed_id, municipality_code, stay_type, admitted, placed_order)
      VALUES (?, ?, '5001', 'long-term', ?, (SELECT max(placed_order) + 1 FROM stay))
      """
    ).bind(1, waiting.patient.id).bind(2, taken.id).bind(3, h.state.today.ordinal).run()
    try SyncConflicts(store: store).record(
      .bed, patientID: waiting.patient.id, opID: "admitted-elsewhere", origin: "Ola Omsorg 27.11.2026 09:00", at: Harness.now,
      stayID: store.db.lastInsertRowID)

    h.perform(.goConflicts)
    XCTAssertTrue(h.text.contains("Seng"), h.text)
    h.perform(.conflictResolve)
    guard let census = census(h) else { return XCTFail(h.text) }
    XCTAssertEqual(census.selected?.occupant?.patient.id, waiting.patient.id, "straight to her line")
    XCTAssertEqual(census.selected?.isDisplaced, true)
    assertSnapshot(h.screen, named: "census-bed-conflict")
    h.perform(.censusTransfer)
    let free = try XCTUnwrap(census.beds.first { $0.occupant == nil && $0.stayType == taken.stayType }?.label)
    h.type(free)
    h.perform(.formSubmit)
    XCTAssertEqual(self.census(h)?.beds.first { $0.label == free }?.occupant?.patient.id, waiting.patient.id)
    XCTAssertEqual(self.census(h)?.beds.first { $0.id == taken.id }?.displaced, [])
    XCTAssertEqual(try SyncConflicts(store: store).openCount(), 0, "moved: resolved")
  }
}

extension CensusTests {
  /// Ingrid admitted at two workstations at once, sync put her in a second bed too: both lines
  /// say so, and `d` on the second withdraws that admission (2 keys), which counts as no stay.
  func test_a_patient_admitted_twice_has_one_admission_withdrawn_in_two_keystrokes() throws {
    let h = try Harness(trainer: true)
    let store = try h.demoStore()
    let beds = try CensusLog(store: store).beds()
    let ingrid = try XCTUnwrap(beds.first { $0.occupant?.patient.identifier == "15864131201" }?.occupant)
    let free = try XCTUnwrap(beds.last { $0.occupant == nil })
    try store.db.statement(
      """
      INSERT INTO stay(patient_id, bed_id, municipality_code, stay_type, admitted, placed_order)
      VALUES (?, ?, '5001', 'long-term', ?, (SELECT max(placed_order) + 1 FROM stay))
      """
    ).bind(1, ingrid.patient.id).bind(2, free.id).bind(3, h.state.today.ordinal).run()
    let second = store.db.lastInsertRowID
    try store.db.statement("INSERT INTO stay_event(stay_id, at, kind, bed_id, by) VALUES (?, ?, 'admit', ?, 'Ola Omsorg')")
      .bind(1, second).bind(2, AuditLog.format(Harness.now)).bind(3, free.id).run()
    try SyncConflicts(store: store).record(
      .bed, patientID: ingrid.patient.id, opID: "admitted-twice", origin: "Ola Omsorg 27.11.2026 09:00", at: Harness.now,
      stayID: second)

    h.perform(.goCensus)
    let before = h.state.trainer?.keystrokes ?? 0
    while census(h)?.selected?.occupant?.stayID != second { h.perform(.listNext) }
    let moves = (h.state.trainer?.keystrokes ?? 0) - before
    let first = try XCTUnwrap(beds.first { $0.occupant?.stayID == ingrid.stayID }?.label)
    XCTAssertTrue(h.text.contains("også innlagt i seng \(first): trekk tilbake (d)"), h.text)
    h.perform(.censusDischarge)
    XCTAssertEqual(census(h)?.prompt?.kind, .withdraw, "a second admission is withdrawn, not discharged")
    assertSnapshot(h.screen, named: "census-withdraw-admission")
    h.perform(.formSubmit)
    XCTAssertEqual((h.state.trainer?.keystrokes ?? 0) - before - moves, 2)
    XCTAssertNil(census(h)?.beds.first { $0.id == free.id }?.occupant, "the second bed is free")
    XCTAssertEqual(census(h)?.beds.first { $0.occupant?.patient.id == ingrid.patient.id }?.occupant?.alsoAdmittedIn, nil)
    XCTAssertEqual(census(h)?.movements.discharged, 0, "no discharge happened")
    XCTAssertEqual(try SyncConflicts(store: store).openCount(), 0)
  }
}

extension CensusTests {
  /// Admitted from the waiting list while another home took the place at the same time: the line
  /// names that home, and `d` withdraws the admission here (2 keys), which counts as no stay.
  func test_an_admission_whose_place_another_home_took_is_withdrawn_in_two_keystrokes() throws {
    let h = try Harness(trainer: true)
    let store = try h.demoStore()
    let ingrid = try XCTUnwrap(try CensusLog(store: store).beds().first { $0.occupant?.patient.identifier == "15864131201" }?.occupant)
    try store.db.statement(
      """
      INSERT INTO bed_waiting(patient_id, stay_type, since, admitted_stay, case_uid, placed_with, placed_at)
      VALUES (?, 'long-term', ?, ?, 'f6b0c0de-0000-4000-8000-000000000001', 'Tiller sykehjem', '2026-11-27T09:00:00.000Z')
      """
    ).bind(1, ingrid.patient.id).bind(2, h.state.today.ordinal).bind(3, ingrid.stayID).run()

    h.perform(.goCensus)
    let before = h.state.trainer?.keystrokes ?? 0
    while census(h)?.selected?.occupant?.stayID != ingrid.stayID { h.perform(.listNext) }
    let moves = (h.state.trainer?.keystrokes ?? 0) - before
    XCTAssertTrue(h.text.contains("plass på Tiller sykehjem: trekk tilbake (d)"), h.text)
    h.perform(.censusDischarge)
    XCTAssertEqual(census(h)?.prompt?.kind, .withdraw, "withdrawn, not discharged")
    XCTAssertTrue(h.text.contains("Enter trekker tilbake; plassen er på Tiller sykehjem. Esc avbryter."), h.text)
    h.perform(.formSubmit)
    XCTAssertEqual((h.state.trainer?.keystrokes ?? 0) - before - moves, 2)
    XCTAssertFalse(census(h)?.beds.contains { $0.occupant?.patient.id == ingrid.patient.id } ?? true, "her bed is free")
    XCTAssertEqual(census(h)?.movements.discharged, 0, "no discharge happened")
  }
}
