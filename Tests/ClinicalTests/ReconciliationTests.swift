import Clinical
import XCTest

final class ReconciliationTests: XCTestCase {
  let nursingHome = ScenarioMedication.nursingHome
  let discharge = ScenarioMedication.discharge
  let date = CivilDate(year: 2026, month: 11, day: 1)!

  func rows(current: [MedicationLine] = [], _ sources: [MedicationSource], cave: [CaveEntry] = []) -> [ReconciliationRow] {
    Reconciliation.rows(current: current, sources: sources, cave: cave)
  }

  func row(_ rows: [ReconciliationRow], _ name: String) -> ReconciliationRow? { rows.first { $0.name == name } }

  func test_karis_lists_differ_in_exactly_the_three_story_ways_plus_the_interactions() {
    let r = rows([nursingHome, discharge])
    XCTAssertEqual(r.count, 11, "ten drugs each, one left out and one new")
    XCTAssertEqual(row(r, "Amlodipin")?.discrepancies.first, .omitted(in: .discharge))
    XCTAssertEqual(row(r, "Furosemid")?.discrepancies, [.doseChanged(from: "40 mg", to: "80 mg")])
    let clarithromycin = row(r, "Klaritromycin")?.discrepancies ?? []
    XCTAssertTrue(clarithromycin.contains(.new(in: .discharge)))
    XCTAssertTrue(clarithromycin.contains { if case .interaction(with: "Apiksaban", _) = $0 { return true }; return false })
    XCTAssertTrue(clarithromycin.contains { if case .interaction(with: "Atorvastatin", let i) = $0 { return i.severity == .adjust }; return false })
    XCTAssertEqual(r.filter(\.needsClassification).map(\.name), ["Amlodipin", "Furosemid", "Klaritromycin"])
    XCTAssertEqual(row(r, "Metformin")?.discrepancies, [])
    XCTAssertEqual(r.first?.name, "Metformin", "the baseline's order first")
    XCTAssertEqual(r.last?.name, "Klaritromycin", "new medicines after it")
  }

  func test_absent_stopped_or_paused_never_reads_as_active() {
    var stopped = nursingHome.lines
    stopped[2].status = .stopped(reason: "Lavt blodtrykk", on: date)
    let home = MedicationSource(id: 1, kind: .nursingHome, date: nursingHome.date, origin: "x", lines: stopped)
    let r = rows([home, discharge])
    XCTAssertEqual(row(r, "Amlodipin")?.discrepancies, [], "stopped before, absent now: no difference")
    let list = Reconciliation.signedList(r, sources: [home, discharge], decisions: [:], today: date)
    XCTAssertEqual(list.first { $0.drug == "Amlodipin" }?.status, .stopped(reason: "Lavt blodtrykk", on: date))
  }

  func test_a_medicine_only_on_the_multidose_list_is_not_taken_as_in_use() {
    let multidose = MedicationSource(
      id: 2, kind: .multidose, date: discharge.date, origin: "Apotek",
      lines: [MedicationLine(atc: "N05BA04", drug: "Oksazepam", dose: "10 mg", frequency: "1 x 1")])
    let r = rows([nursingHome, discharge, multidose])
    XCTAssertEqual(row(r, "Oksazepam")?.discrepancies, [.onlyDispensed])
    XCTAssertEqual(row(r, "Metformin")?.discrepancies, [], "a dispensing list leaving a drug out is no omission")
  }

  func test_duplicate_therapy_by_atc_level_4_and_cave_by_atc_group() {
    let list = MedicationSource(
      id: 3, kind: .gpList, date: date, origin: "Fastlege",
      lines: [
        MedicationLine(atc: "N06AB10", drug: "Escitalopram", dose: "10 mg", frequency: "1 x 1"),
        MedicationLine(atc: "N06AB06", drug: "Sertralin", dose: "50 mg", frequency: "1 x 1"),
        MedicationLine(atc: "J01CA04", drug: "Amoksicillin", dose: "500 mg", frequency: "1 x 3"),
      ])
    let penicillin = CaveEntry(
      category: .drugReaction, agent: "Penicillin (ATC J01C)", reaction: "Anafylaksi",
      severity: .lifeThreatening, certainty: .confirmed, registeredBy: "x", registeredOn: date)
    let r = rows([list], cave: [penicillin])
    XCTAssertEqual(row(r, "Escitalopram")?.discrepancies, [.duplicate(with: "Sertralin")])
    XCTAssertEqual(row(r, "Amoksicillin")?.discrepancies, [.cave(agent: "Penicillin (ATC J01C)", reaction: "Anafylaksi")])
    XCTAssertTrue(row(r, "Amoksicillin")?.discrepancies.first?.interrupts ?? false)
    let tolerated = [MedicationLine(atc: "J01CA04", drug: "Amoksicillin", dose: "500 mg", frequency: "1 x 3", decisionReason: "Tålt 2024")]
    XCTAssertEqual(
      rows(current: tolerated, [list], cave: [penicillin]).first { $0.name == "Amoksicillin" }?.discrepancies, [],
      "already on the signed list: not raised again")
  }

  func test_interactions_by_group_and_substance_and_the_most_severe_rule_wins() {
    XCTAssertEqual(Interaction.between("B01AA03", "M01AE01")?.severity, .avoid, "warfarin and ibuprofen")
    XCTAssertEqual(Interaction.between("M01AE01", "B01AA03")?.severity, .avoid, "either order")
    XCTAssertEqual(Interaction.between("C10AA01", "J01FA09")?.severity, .avoid)
    XCTAssertEqual(Interaction.between("C09AA05", "C03DA01")?.severity, .monitor)
    XCTAssertNil(Interaction.between("N02BE01", "A10BA02"))
    let catalogue = MedicationCatalogue.shipped.medications.map(\.atc)
    var pairs = Set<String>()
    for a in catalogue { for b in catalogue where a < b && Interaction.between(a, b) != nil { pairs.insert(a + b) } }
    XCTAssertGreaterThanOrEqual(pairs.count, 100, "substance pairs of the catalogue the rules cover")
    for rule in Interaction.all {
      XCTAssertTrue(catalogue.contains { $0.hasPrefix(rule.first) }, rule.first)
      XCTAssertTrue(catalogue.contains { $0.hasPrefix(rule.second) }, rule.second)
    }
  }

  func test_the_signed_list_follows_the_decisions() {
    let r = rows([nursingHome, discharge])
    let list = Reconciliation.signedList(
      r, sources: [nursingHome, discharge],
      decisions: [
        "C10AA05": .pause(reason: "Klaritromycinkur"), "C03CA01": .change(dose: "60 mg", reason: "Vekt ned"),
        "N05CF01": .stop(reason: "Falltendens"),
      ], today: date)
    XCTAssertEqual(list.count, 11)
    XCTAssertEqual(list.first { $0.atc == "C08CA01" }?.status, .active, "kept though the hospital left it out")
    XCTAssertEqual(list.first { $0.atc == "C08CA01" }?.prescriber, "Jørgen Celius")
    XCTAssertEqual(list.first { $0.atc == "C03CA01" }?.dose, "60 mg")
    XCTAssertEqual(list.first { $0.atc == "C10AA05" }?.status, .paused(reason: "Klaritromycinkur"))
    XCTAssertEqual(list.first { $0.atc == "N05CF01" }?.status, .stopped(reason: "Falltendens", on: date))
    XCTAssertEqual(list.first { $0.atc == "J01FA09" }?.status, .active)
  }

  /// A line changed in another record while it was changed here is never merged: it is named as
  /// changed in two places, and must be classified and decided before the list is signed.
  func test_a_line_changed_in_two_places_is_a_row_to_reconcile_not_a_merge() {
    let ours = [MedicationLine(atc: "C03CA01", drug: "Furosemid", dose: "40 mg", frequency: "1 x 1")]
    let theirs = MedicationSource(
      id: 9, kind: .otherRecord, date: date, origin: "Legevakten, Demo Demosen",
      lines: [MedicationLine(atc: "C03CA01", drug: "Furosemid", dose: "80 mg", frequency: "1 x 1")])
    let r = rows(current: ours, [theirs])
    XCTAssertEqual(r.first?.discrepancies, [.changedElsewhere(origin: "Legevakten, Demo Demosen"), .doseChanged(from: "40 mg", to: "80 mg")])
    XCTAssertEqual(r.first?.needsClassification, true)
    XCTAssertEqual(r.first?.needsDecision, true)
    // The same version arriving from elsewhere is no conflict.
    let same = MedicationSource(id: 10, kind: .otherRecord, date: date, origin: "Legevakten", lines: ours)
    XCTAssertEqual(rows(current: ours, [same]).first?.discrepancies, [])
  }
}
