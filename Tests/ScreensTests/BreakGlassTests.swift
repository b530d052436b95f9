import Clinical
import Foundation
import Screens
import TestSupport
import XCTest

@testable import Store

/// Break-glass at the terminal, against a real PostgreSQL: a GP without a care relation with the
/// legevakt's patient asks with a reason, the server grants and logs it for review, the record
/// (with what the legevakt stored) comes to the GP's workstation and the chart opens; once the
/// access has run out, the chart does not open again without asking.
final class BreakGlassTests: XCTestCase {
  func test_break_glass_asks_a_reason_opens_the_record_and_is_logged_for_review() throws {
    let (station, nurseToken, _, url) = try CentralFixture.withPatient("ws_breakglass_tui")
    // The legevakt measured the patient and pushed it.
    let legevaktFolder = NSTemporaryDirectory() + "ws-legevakt-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: legevaktFolder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: legevaktFolder) }
    let legevakt = try CentralFixture.workstation(legevaktFolder, "legevakt")
    let patient = try DecisionLog(store: legevakt).patientID(identifier: CentralFixture.patient)
    try VitalsLog(store: legevakt).save(
      VitalSigns(respirationRate: 26, oxygenSaturation: 91, onOxygen: false, pulse: 121, temperatureTenths: 392),
      for: patient, by: CentralFixture.nurse, at: Harness.now)
    XCTAssertEqual(try SyncPush.push(legevakt, station, token: nurseToken).applied, 1)

    // The GP's workstation has never heard of the patient.
    let h = try Harness(production: { try PatientStore(path: $0 + "/gp.sqlite", kind: .production) }, central: url)
    h.type("9000002")
    h.perform(.formNextField)
    h.type("annet")
    h.perform(.formSubmit)
    XCTAssertEqual(h.state.session.clinician.name, "Lars Lege", h.text)
    XCTAssertTrue(h.text.contains("Ingen pasienter her ennå: de kommer med behandlingsrelasjonene"), "not the demo's advice: \(h.text)")
    // The number found no one here: lookup points to break-glass, which takes the number along.
    h.type(CentralFixture.patient)
    XCTAssertTrue(h.text.contains("Ctrl+G ber om nødtilgang"), h.text)
    h.perform(.appBreakGlass)
    XCTAssertTrue(h.text.contains("Nødtilgang til en pasient uten behandlingsrelasjon"), h.text)
    h.type("akutt")
    assertSnapshot(h.screen, named: "break-glass-form")
    h.perform(.formSubmit)
    XCTAssertTrue(h.text.contains("minst 10 tegn"), "the reason is asked for first: \(h.text)")
    h.type(" brystsmerter, bevisstløs")
    h.perform(.formSubmit)
    XCTAssertTrue(h.text.contains("MANN, Ukjent") || h.text.contains("Mann, Ukjent"), "the chart is open: \(h.text)")
    XCTAssertTrue(h.text.contains("Nødtilgang til"), h.text)
    XCTAssertTrue(h.text.contains("NEWS2"), "the legevakt's measurement came with the record: \(h.text)")

    let review = try BreakGlassReview.unreviewed(on: try CentralConnection(url: url), hpr: "9000003", password: "tilsyn")
    XCTAssertEqual(review.map(\.reason), ["akutt brystsmerter, bevisstløs"])
    XCTAssertEqual(review.first?.userName, "Lars Lege")

    // Once the access has run out, the record stays on the workstation but does not open.
    let gp = try PatientStore(path: h.folder + "/gp.sqlite", kind: .production)
    try gp.db.statement("UPDATE care_basis SET until = ? WHERE basis = 'break-glass'").bind(1, "2026-11-27T08:00:00.000Z").run()
    h.perform(.goLookup)
    h.type(CentralFixture.patient)
    h.perform(.lookupOpenChart)
    XCTAssertTrue(h.text.contains("Nødtilgangen er utløpt"), h.text)
    guard case .lookup = h.state.top else { return XCTFail("the chart stays closed: \(h.text)") }
    // One held by a care relation that ended opens for its days for documentation, and says
    // until when; after that it does not open.
    try gp.db.execute("UPDATE care_basis SET basis = 'care-relation', until = '2026-12-27T08:00:00.000Z' WHERE basis = 'break-glass'")
    h.perform(.lookupOpenChart)
    XCTAssertTrue(h.text.contains("Behandlingsrelasjonen er avsluttet: journalen åpnes til 27.12.2026"), h.text)
    h.perform(.goLookup)
    try gp.db.execute("UPDATE care_basis SET until = '2026-11-27T08:00:00.000Z'")
    h.type(CentralFixture.patient)
    h.perform(.lookupOpenChart)
    XCTAssertTrue(h.text.contains("Behandlingsrelasjonen er avsluttet. Ctrl+G"), h.text)
    guard case .lookup = h.state.top else { return XCTFail("the chart stays closed: \(h.text)") }
  }

  func test_without_a_central_server_break_glass_says_the_store_is_already_open() throws {
    let h = try Harness()
    h.perform(.appBreakGlass)
    XCTAssertTrue(h.text.contains("ikke koblet til en sentralserver"), h.text)
  }
}
