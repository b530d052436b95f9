import Clinical
import Foundation
import XCTest

import TestSupport

@testable import Store

/// `workstation central init URL` against a server that is not there: a clear message in the
/// user's language and exit 1 (the install itself is tested on a real PostgreSQL in StoreTests).
final class CentralCommandTests: XCTestCase {
  func test_a_dead_central_server_is_named_and_exits_1() throws {
    let binary = try builtWorkstation()
    let run = try Subprocess.run([binary, "--lang", "en", "central", "init", "host=127.0.0.1 port=1 connect_timeout=2"], input: "")
    XCTAssertEqual(run.status, 1)
    XCTAssertTrue(run.output.hasPrefix("Cannot reach the central server: "), run.output)
    XCTAssertFalse(run.output.contains("\u{1B}"), "no terminal control in the message")
  }
}

extension CentralCommandTests {
  func test_a_demo_store_refuses_a_central_server() throws {
    let binary = try builtWorkstation()
    let run = try Subprocess.run([binary, "--demo", "--central", "host=127.0.0.1 port=5432"], input: "")
    XCTAssertEqual(run.status, 2)
    XCTAssertTrue(run.output.contains("Demolageret har bare fiktive pasienter og kobles aldri til en sentralserver."), run.output)
  }
}

extension CentralCommandTests {
  func test_a_demo_store_never_syncs() throws {
    let binary = try builtWorkstation()
    let run = try Subprocess.run([binary, "--demo", "--lang", "en", "sync", "host=127.0.0.1 port=1", "--hpr", "9000001"], input: "x\n")
    XCTAssertEqual(run.status, 2)
    XCTAssertTrue(run.output.contains("never connects to a central server"), run.output)
  }
}

extension CentralCommandTests {
  /// The operator sets up a server from the command line: schema, an organisation, a user with a
  /// password from standard input, who can then log in; a short password or an unknown
  /// organisation is refused with the reason; `central list` shows what is set up.
  func test_the_operator_adds_an_organisation_and_a_user_who_can_log_in() throws {
    let binary = try builtWorkstation()
    let url = try TestPostgres.database("ws_operator")
    XCTAssertEqual(try Subprocess.run([binary, "central", "init", url], input: "").status, 0)
    let organisation = try Subprocess.run(
      [binary, "central", "organisation", url, "--kind", "home-care", "--name", "Hjemmetjenesten Øst", "--municipality", "5001"], input: "")
    XCTAssertEqual(organisation.status, 0, organisation.output)
    XCTAssertTrue(organisation.output.contains("Lagt til på sentralserveren: Hjemmetjenesten Øst."), organisation.output)
    let short = try Subprocess.run(
      [binary, "--lang", "en", "central", "user", url, "--hpr", "9400001", "--name", "Siri Sykepleier", "--role", "nurse", "--organisation", "Hjemmetjenesten Øst"],
      input: "kort\n")
    XCTAssertEqual(short.status, 1)
    XCTAssertTrue(short.output.contains("at least 8 characters"), short.output)
    let unknown = try Subprocess.run(
      [binary, "central", "user", url, "--hpr", "9400001", "--name", "Siri Sykepleier", "--role", "nurse", "--organisation", "Finnes ikke"],
      input: "langt nok passord\n")
    XCTAssertEqual(unknown.status, 1, unknown.output)
    let user = try Subprocess.run(
      [binary, "central", "user", url, "--hpr", "9400001", "--name", "Siri Sykepleier", "--role", "nurse", "--organisation", "Hjemmetjenesten Øst"],
      input: "langt nok passord\n")
    XCTAssertEqual(user.status, 0, user.output)
    try CentralConnection(url: url).execute(
      "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ws_station') THEN CREATE ROLE ws_station LOGIN IN ROLE ws_client; END IF; END $$")
    let station = url.replacingOccurrences(of: "user=postgres", with: "user=ws_station")
    XCTAssertEqual(
      try CentralLogin.login(url: station, hpr: "9400001", password: "langt nok passord"),
      Clinician(userID: "hpr:9400001", name: "Siri Sykepleier", role: "nurse", organisation: "Hjemmetjenesten Øst"))
    let kommune = try Subprocess.run(
      [binary, "central", "organisation", url, "--kind", "municipality", "--name", "Trondheim kommune", "--municipality", "5001"], input: "")
    XCTAssertEqual(kommune.status, 0, kommune.output)
    // What is set up, to check it and to find the names the other commands take.
    let listed = try Subprocess.run([binary, "central", "list", url], input: "")
    XCTAssertEqual(listed.status, 0, listed.output)
    XCTAssertTrue(listed.output.contains("Hjemmetjenesten Øst (hjemmetjeneste, kommune 5001): 0 pasienter i behandlingsrelasjon"), listed.output)
    XCTAssertTrue(listed.output.contains("  HPR 9400001  Siri Sykepleier, sykepleier"), listed.output)
    let english = try Subprocess.run([binary, "--lang", "en", "central", "list", url], input: "")
    XCTAssertTrue(english.output.contains("Hjemmetjenesten Øst (home care, municipality 5001): 0 patients in a care relation"), english.output)
    XCTAssertTrue(english.output.contains("Trondheim kommune (municipality 5001): 0 patients"), english.output)
    XCTAssertTrue(listed.output.contains("Trondheim kommune (kommune 5001): 0 pasienter"), "its number, not its kind twice: \(listed.output)")
    // A wrong password at the command line is said as at the terminal, in the user's language.
    let store = NSTemporaryDirectory() + "ws-operator-" + UUID().uuidString + ".sqlite"
    defer { try? FileManager.default.removeItem(atPath: store) }
    for (language, said) in [("nb", "Feil HPR-nummer eller passord."), ("en", "Wrong HPR number or password.")] {
      let wrong = try Subprocess.run(
        [binary, "--lang", language, "--store", store, "sync", station, "--hpr", "9400001"], input: "feil passord\n")
      XCTAssertEqual(wrong.status, 1, wrong.output)
      XCTAssertTrue(wrong.output.contains(said), wrong.output)
    }
  }
}

extension CentralCommandTests {
  /// A GP's list loaded from the register's file: each patient a care relation of the office,
  /// registered when new, never twice; a line that cannot be read loads nothing and is named.
  /// A home-care service's list the same way, as home-care relations.
  func test_a_gp_list_becomes_care_relations_of_the_office() throws {
    let binary = try builtWorkstation()
    let (_, url) = try CentralFixture.installed("ws_gp_list")
    let folder = NSTemporaryDirectory() + "ws-gp-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let superuser = CentralFixture.superuserURL(url)
    // Help numbers: no registered person has them.
    let first = try XCTUnwrap(HelpNumber.make(birth: CivilDate(year: 1950, month: 3, day: 1)!) { _ in false })
    let second = try XCTUnwrap(HelpNumber.make(birth: CivilDate(year: 1961, month: 7, day: 9)!) { _ in false })
    // The register writes the sex and the home municipality; a list may leave them out.
    try "# fastlegeliste\n\(first);Berit;Bakken;1950-03-01;K;5001\n\(second);Odd;Åsen;1961-07-09\n".write(toFile: folder + "/list.txt", atomically: true, encoding: .utf8)
    try "\(first);Berit;Bakken;1950-03-01\n\(second);Odd\n".write(toFile: folder + "/bad.txt", atomically: true, encoding: .utf8)
    let bad = try Subprocess.run([binary, "central", "gp-list", superuser, "--organisation", "Fjordgløtt legekontor", folder + "/bad.txt"], input: "")
    XCTAssertEqual(bad.status, 1)
    XCTAssertTrue(bad.output.contains("Ingenting lastet: linje 2"), bad.output)
    for line in ["\(first);Berit;Bakken;1950-03-01;X;5001", "\(first);Berit;Bakken;1950-03-01;K;501", "\(first);Berit;Bakken;1950-03-01;K;5001;x"] {
      try "\(line)\n".write(toFile: folder + "/bad.txt", atomically: true, encoding: .utf8)
      let badSex = try Subprocess.run(
        [binary, "central", "gp-list", superuser, "--organisation", "Fjordgløtt legekontor", folder + "/bad.txt", "--lang", "en"], input: "")
      XCTAssertEqual(badSex.status, 1, line)
      XCTAssertTrue(badSex.output.contains("Nothing loaded: line 1"), badSex.output)
    }
    let load = try Subprocess.run([binary, "central", "gp-list", superuser, "--organisation", "Fjordgløtt legekontor", folder + "/list.txt"], input: "")
    XCTAssertEqual(load.status, 0, load.output)
    XCTAssertTrue(load.output.contains("2 pasienter, 2 nye behandlingsrelasjoner"), load.output)
    let again = try Subprocess.run([binary, "central", "care-list", superuser, "--organisation", "Fjordgløtt legekontor", folder + "/list.txt"], input: "")
    XCTAssertTrue(again.output.contains("2 pasienter, 0 nye behandlingsrelasjoner"), again.output)
    // The GP office's doctor gets them by the first sync; the legevakt does not see them.
    let store = try PatientStore(path: folder + "/gp.sqlite", kind: .production)
    let station = try CentralConnection(url: url)
    let doctor = try CentralLogin.token(station, hpr: "9000002", password: "annet")
    XCTAssertEqual(try FirstSync.run(store, station, token: doctor, today: CivilDate(year: 2026, month: 11, day: 27)!).patients, 2)
    let listed = try store.db.statement(
      "SELECT p.sex, p.municipality_code FROM patient p JOIN identifier i ON i.patient_id = p.id ORDER BY p.given")
    XCTAssertTrue(try listed.step())
    XCTAssertEqual([listed.text(0), listed.optionalText(1)], ["F", "5001"], "Berit, as the register listed her")
    XCTAssertTrue(try listed.step())
    XCTAssertEqual([listed.text(0), listed.optionalText(1)], ["U", nil], "Odd, whom it listed without")
    listed.reset()
    let legevakt = try PatientStore(path: folder + "/legevakt.sqlite", kind: .production)
    let nurse = try CentralLogin.token(station, hpr: "9000001", password: "hemmelig")
    XCTAssertEqual(try FirstSync.run(legevakt, station, token: nurse, today: CivilDate(year: 2026, month: 11, day: 27)!).patients, 0)

    // The register's next list is the whole list: Odd has moved to another GP, and his relation
    // ends at the office after the days for documentation; an empty whole list is refused.
    try "\(first);Berit;Bakken;1950-03-01\n".write(toFile: folder + "/next.txt", atomically: true, encoding: .utf8)
    let next = try Subprocess.run(
      [binary, "central", "care-list", superuser, "--organisation", "Fjordgløtt legekontor", folder + "/next.txt", "--whole"], input: "")
    XCTAssertEqual(next.status, 0, next.output)
    XCTAssertTrue(next.output.contains("1 pasient, 0 nye behandlingsrelasjoner; 1 som ikke står på listen er avsluttet"), next.output)
    try "# tom\n".write(toFile: folder + "/empty.txt", atomically: true, encoding: .utf8)
    let empty = try Subprocess.run(
      [binary, "central", "care-list", superuser, "--organisation", "Fjordgløtt legekontor", folder + "/empty.txt", "--whole", "--lang", "en"], input: "")
    XCTAssertEqual(empty.status, 1)
    XCTAssertTrue(empty.output.contains("the list is empty"), empty.output)
    XCTAssertGreaterThan(try SyncPull.pull(store, station, token: doctor), 0)
    let odd = try DecisionLog(store: store).patientID(identifier: second)
    let berit = try DecisionLog(store: store).patientID(identifier: first)
    let later = Date().addingTimeInterval(Double(CareRelationEnd.documentationDays + 1) * 86_400)
    XCTAssertNil(try CareBasis(store: store).closed(odd, at: Date()))
    XCTAssertEqual(try CareBasis(store: store).closed(odd, at: later), .relationEnded)
    XCTAssertNil(try CareBasis(store: store).closed(berit, at: later))
    // Back on the list before the end: the same relation is in force again.
    let back = try Subprocess.run(
      [binary, "central", "care-list", superuser, "--organisation", "Fjordgløtt legekontor", folder + "/list.txt", "--whole"], input: "")
    XCTAssertTrue(back.output.contains("2 pasienter, 1 ny behandlingsrelasjon."), back.output)
    _ = try SyncPull.pull(store, station, token: doctor)
    XCTAssertNil(try CareBasis(store: store).closed(odd, at: later))

    // A home-care service's list makes home-care relations; an organisation that keeps no list is named.
    let admin = try CentralFixture.superuser(url)
    try admin.execute("INSERT INTO core.organisation(kind, name, municipality_code) VALUES ('home-care', 'Hjemmetjenesten Midtbyen', '5001')")
    let homeCare = try Subprocess.run([binary, "central", "care-list", superuser, "--organisation", "Hjemmetjenesten Midtbyen", folder + "/list.txt"], input: "")
    XCTAssertTrue(homeCare.output.contains("2 pasienter, 2 nye behandlingsrelasjoner"), homeCare.output)
    let kinds = try admin.query(
      "SELECT r.kind FROM core.care_relation r JOIN core.organisation o ON o.id = r.organisation_id WHERE o.name = 'Hjemmetjenesten Midtbyen'")
    XCTAssertEqual(kinds.map { $0[0] ?? "" }, ["home-care", "home-care"])
    let none = try Subprocess.run([binary, "central", "care-list", superuser, "--organisation", "Trondheim legevakt", folder + "/list.txt"], input: "")
    XCTAssertEqual(none.status, 1)
    XCTAssertTrue(none.output.contains("no GP office, home-care service or nursing home with this name"), none.output)
  }
}

extension CentralCommandTests {
  /// With a central server an export is logged there before the file is written, as the user
  /// named; refused without a care relation, and then no file.
  func test_an_export_with_a_central_server_is_logged_there_first() throws {
    let binary = try builtWorkstation()
    let (station, _, _, url) = try CentralFixture.withPatient("ws_export")
    let folder = NSTemporaryDirectory() + "ws-export-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = try CentralFixture.workstation(folder, "legevakt")
    let refused = try Subprocess.run(
      [binary, "--store", store.path, "--central", url, "--hpr", "9000002", "export", "--patient", CentralFixture.patient, "--out", folder + "/x.json"],
      input: "annet\n")
    XCTAssertEqual(refused.status, 1, refused.output)
    XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/x.json"), "no log there, no file")
    let done = try Subprocess.run(
      [binary, "--store", store.path, "--central", url, "--hpr", "9000001", "export", "--patient", CentralFixture.patient, "--out", folder + "/x.json"],
      input: "hemmelig\n")
    XCTAssertEqual(done.status, 0, done.output)
    XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/x.json"))
    let openings = try CentralAccessLog.openings(on: station, identifier: CentralFixture.patient, hpr: "9000003", password: "tilsyn")
    XCTAssertEqual(openings.map { "\($0.userName) \($0.basis)" }, ["Nina Natt export"])
    let local = try Subprocess.run([binary, "--store", store.path, "audit", "--patient", CentralFixture.patient], input: "")
    XCTAssertTrue(local.output.contains("Nina Natt (nurse), Trondheim legevakt – eksport"), local.output)
  }
}

extension CentralCommandTests {
  /// The operator sets up a nursing home's ward and its beds; a bed given twice is made once, a
  /// range that cannot be read is refused before anything is set up, and a ward of an
  /// organisation that is not a nursing home is named.
  func test_the_operator_sets_up_a_ward_and_its_beds() throws {
    let binary = try builtWorkstation()
    let (_, url) = try CentralFixture.installed("ws_ward_command")
    let superuser = CentralFixture.superuserURL(url)
    let admin = try CentralFixture.superuser(url)
    try CentralDirectory.addOrganisation(on: admin, kind: "nursing-home", name: "Lerkendal sykehjem", municipality: "5001")
    let ward = ["central", "ward", superuser, "--organisation", "Lerkendal sykehjem", "--name", "Avdeling 2", "--municipality", "5001", "--stay-type", "long-term"]
    let made = try Subprocess.run([binary] + ward + ["201-204", "205 A"], input: "")
    XCTAssertEqual(made.status, 0, made.output)
    XCTAssertTrue(made.output.contains("Avdelingen «Avdeling 2» er satt opp: 5 av 5 senger var nye"), made.output)
    let again = try Subprocess.run([binary, "--lang", "en"] + ward + ["204-206"], input: "")
    XCTAssertTrue(again.output.contains("2 of 3 beds were new"), again.output)
    XCTAssertEqual(
      try admin.query("SELECT string_agg(label, ',' ORDER BY id) FROM core.bed").first?.first, "201,202,203,204,205 A,205,206")
    XCTAssertEqual(try admin.query("SELECT ward_version FROM core.organisation WHERE name = 'Lerkendal sykehjem'").first?.first, "2")

    let retire = try Subprocess.run(
      [binary, "central", "ward", superuser, "--organisation", "Lerkendal sykehjem", "--name", "Avdeling 2", "--retire", "205 A", "299"], input: "")
    XCTAssertEqual(retire.status, 0, retire.output)
    XCTAssertTrue(retire.output.contains("1 av 2 senger er tatt ut av bruk"), retire.output)
    XCTAssertEqual(try admin.query("SELECT label FROM core.bed WHERE retired_at IS NOT NULL").map { $0[0] ?? "" }, ["205 A"])
    XCTAssertEqual(try admin.query("SELECT ward_version FROM core.organisation WHERE name = 'Lerkendal sykehjem'").first?.first, "3")

    let backwards = try Subprocess.run([binary] + ward + ["210-207"], input: "")
    XCTAssertEqual(backwards.status, 1)
    XCTAssertTrue(backwards.output.contains("Ingenting satt opp"), backwards.output)
    let legevakt = try Subprocess.run(
      [binary, "central", "ward", superuser, "--organisation", "Trondheim legevakt", "--name", "Obs", "--municipality", "5001", "--stay-type", "municipal-acute", "1"],
      input: "")
    XCTAssertEqual(legevakt.status, 1)
    XCTAssertTrue(legevakt.output.contains("no nursing home with this name"), legevakt.output)
    let badType = try Subprocess.run(
      [binary, "central", "ward", superuser, "--organisation", "Lerkendal sykehjem", "--name", "Avdeling 3", "--municipality", "5001", "--stay-type", "hotel", "1"],
      input: "")
    XCTAssertEqual(badType.status, 1)
    XCTAssertTrue(badType.output.contains("«hotel» er ingen oppholdstype (long-term, short-term"), badType.output)
    let long = try Subprocess.run([binary] + ward + ["101", "Rom 101 vindu"], input: "")
    XCTAssertEqual(long.status, 1, "a label longer than the census shows")
    let control = try Subprocess.run(
      [binary, "central", "ward", superuser, "--organisation", "Lerkendal sykehjem", "--name", "Avd\u{1B}[2J", "--municipality", "5001", "--stay-type", "long-term", "1"],
      input: "")
    XCTAssertEqual(control.status, 1, "a ward name with a control character is refused by the server")
    XCTAssertFalse(control.output.contains("\u{1B}"), "and never written raw to the terminal")
    XCTAssertEqual(try admin.query("SELECT count(*) FROM core.ward").first?.first, "1", "nothing of a refused ward is kept")
  }
}
