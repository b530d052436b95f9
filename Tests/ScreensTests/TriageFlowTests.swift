import Clinical
import Screens
import XCTest

@testable import Store

final class TriageFlowTests: XCTestCase {
  func queue(_ h: Harness) -> TriageQueueState? {
    if case .triage(let s) = h.state.top { return s }
    return nil
  }

  func fill(_ h: Harness, _ values: [String]) {
    for (index, value) in values.enumerated() {
      h.type(value)
      if index < values.count - 1 { h.perform(.formNextField) }
    }
  }

  /// The story: Åse walks in with chest pain and is triaged orange above the waiting greens.
  func test_ase_is_registered_and_triaged_orange_in_at_most_10_keystrokes_besides_the_values() throws {
    let h = try Harness(trainer: true)
    let before = h.state.trainer?.keystrokes ?? 0
    h.perform(.goTriage)
    XCTAssertEqual(queue(h)?.visits.count, 5, "the evening's waiting walk-ins")
    assertSnapshot(h.screen, named: "triage-queue-before")
    h.perform(.triageNew)
    let values = ["29829640463", "1", "24", "94", "98", "112", "A", "37,2"]
    fill(h, values)
    XCTAssertTrue(h.text.contains("Hastegrad ORANSJE – vitale tegn ORANSJE, problemstilling ORANSJE"), h.text)
    assertSnapshot(h.screen, named: "triage-form-ase")
    h.perform(.formSubmit)
    let typed = values.joined().count
    let used = (h.state.trainer?.keystrokes ?? 0) - before - typed
    XCTAssertLessThanOrEqual(used, 10)
    guard let q = queue(h) else { return XCTFail("back at the queue: \(h.text)") }
    XCTAssertEqual(q.visits.first?.patient.identifier, "29829640463")
    XCTAssertEqual(q.visits.first?.level, .orange)
    XCTAssertEqual(q.visits.first?.complaint, .chestPain)
    XCTAssertTrue(q.visits.dropFirst().allSatisfy { $0.level >= .yellow }, "above the yellow, green and blue")
    assertSnapshot(h.screen, named: "triage-queue-with-ase")
  }

  func test_lowering_needs_a_reason_statuses_move_on_and_an_unknown_walk_in_gets_an_h_number() throws {
    let h = try Harness()
    h.perform(.goTriage)
    h.perform(.triageNew)
    fill(h, ["", "fe", "18", "97", "128", "96", "A", "38,4"])
    h.perform(.formSubmit)
    guard let q = queue(h), let unknown = q.visits.first(where: { $0.patient.identifierKind == .hNumber }) else {
      return XCTFail(h.text)
    }
    XCTAssertEqual(unknown.patient.name.given, "Ukjent")
    XCTAssertEqual(unknown.complaint, .fever)
    // Re-triage the first (yellow) patient down to green: refused without a reason.
    let yellow = try XCTUnwrap(q.visits.first { $0.level == .yellow })
    h.perform(.listFirst)
    while queue(h)?.selected?.id != yellow.id { h.perform(.listNext) }
    h.perform(.triageSetLevel)
    h.perform(.fieldClear)
    h.type("4")
    h.perform(.formSubmit)
    XCTAssertTrue(h.text.contains("å senke hastegraden krever en begrunnelse"), h.text)
    h.type("Smertefri etter paracetamol")
    h.perform(.formSubmit)
    XCTAssertEqual(queue(h)?.visits.first { $0.id == yellow.id }?.level, .green)
    // Statuses: waiting → with doctor → observation → outcome.
    h.perform(.triageNextStatus)
    XCTAssertEqual(queue(h)?.visits.first { $0.id == yellow.id }?.status, .withDoctor)
    h.perform(.triageNextStatus)
    h.perform(.triageNextStatus)
    h.type("1")
    h.perform(.formSubmit)
    XCTAssertNil(queue(h)?.visits.first { $0.id == yellow.id }, "discharged visits leave the queue")
  }

  /// The queue's complaint column is fifteen wide: every complaint is named there whole, in
  /// both languages, rather than cut to "Resept eller a…".
  func test_every_complaint_fits_the_queue_whole() {
    for language in [Language.nb, .en] {
      for complaint in ComplaintGroup.allCases {
        let short = language.text(.complaintShort(complaint))
        XCTAssertLessThanOrEqual(short.count, 15, "\(language) \(short)")
      }
    }
  }

  /// A walk-in by a number this workstation has never held waits for the server's name; until
  /// it comes, the queue and the chart say so in the user's language, not with the Norwegian
  /// words the record keeps in its place.
  func test_a_walk_in_whose_name_has_not_come_says_so_in_the_users_language() throws {
    for (language, shown) in [(Language.en, "(name unknown)"), (.nb, "(navn ukjent)")] {
      let h = try Harness(language: language, production: { try PatientStore(path: $0 + "/legevakt.sqlite", kind: .production) })
      h.perform(.goTriage)
      h.perform(.triageNew)
      fill(h, ["13497248005", "fe", "18", "97", "128", "96", "A", "38,4"])
      h.perform(.formSubmit)
      XCTAssertEqual(queue(h)?.visits.map(\.patient.name), [.notKnown], h.text)
      XCTAssertTrue(h.text.contains("\(shown), 54"), h.text)
      XCTAssertFalse(h.text.contains("Navn mangler"), h.text)
      h.perform(.lookupOpenChart)
      XCTAssertTrue(h.text.contains("\(shown)   hnr 13497248005"), h.text)
      // She tells her name before the server answers: the form starts empty, not as "Ukjent".
      h.perform(.chartEditName)
      guard case .nameForm(let form) = h.state.top else { return XCTFail("the name form did not open: \(h.text)") }
      XCTAssertEqual(form.input.texts, ["", "", "", "", ""])
      h.type("Gunnhild")
      h.perform(.formNextField)
      h.perform(.formNextField)
      h.type("Prøve")
      h.perform(.formSubmit)
      XCTAssertTrue(h.text.contains("PRØVE, Gunnhild   hnr 13497248005"), h.text)
    }
  }

  func test_an_invalid_number_is_refused_with_the_reason() throws {
    let h = try Harness()
    h.perform(.goTriage)
    h.perform(.triageNew)
    fill(h, ["29829640464", "1", "20"])
    h.perform(.formSubmit)
    XCTAssertTrue(h.text.contains("Ugyldig nummer"), h.text)
    guard case .triageForm(let form) = h.state.top else { return XCTFail() }
    XCTAssertEqual(form.fields.focus, .person)
  }

  /// Two nurses re-triaged a walk-in at once, at two terminals, each not seeing the other's
  /// level (as sync finds it): the conflicts list opens the queue on the visit, which stands at
  /// the more urgent level with the other under it, and setting the level, seeing both, settles it.
  func test_a_triage_conflict_opens_on_the_queue_and_setting_the_level_settles_it() throws {
    let h = try Harness()
    let store = try h.demoStore()
    h.perform(.goTriage)
    let visit = try XCTUnwrap(queue(h)?.visits.last)
    try store.db.statement("UPDATE triage_visit SET uid = 'f0f0f0f0-0000-4000-8000-000000000001' WHERE id = ?").bind(1, visit.id).run()
    let sync = TriageSync(db: store.db)
    for (level, by, op) in [(TriageLevel.orange, "Kari Kollega", "a"), (.yellow, "Per Hansen", "b")] {
      try sync.keep(
        visit.id, change: "level", status: .waiting, level: level, reason: nil, by: by, at: AuditLog.format(Harness.now - 600),
        opID: op, seen: [])
    }
    try sync.settle(visit.id)

    h.perform(.goConflicts)
    XCTAssertTrue(h.text.contains("Hastegrad"), h.text)
    h.perform(.conflictResolve)
    guard let q = queue(h) else { return XCTFail(h.text) }
    XCTAssertEqual(q.selected?.id, visit.id, "straight to the visit")
    XCTAssertEqual(q.selected?.level, .orange, "the more urgent stands")
    XCTAssertTrue(h.text.contains("samtidig: gul av Per Hansen"), h.text)
    assertSnapshot(h.screen, named: "triage-level-conflict")
    // The level field holds the standing level; the key typed takes its place.
    h.perform(.triageSetLevel)
    h.type("3")
    h.perform(.formSubmit)
    XCTAssertEqual(queue(h)?.visits.first { $0.id == visit.id }?.level, .yellow, "set seeing both, even to the less urgent")
    XCTAssertEqual(queue(h)?.visits.first { $0.id == visit.id }?.dispute, nil)
    XCTAssertEqual(try SyncConflicts(store: store).openCount(), 0, "set seeing both: settled")
    XCTAssertFalse(h.text.contains("samtidig:"), h.text)
  }
}
