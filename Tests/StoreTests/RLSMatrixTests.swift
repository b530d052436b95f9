import Foundation
import TestSupport
import XCTest

@testable import Store

/// Row-level security as a generated matrix: every role in the legevakt and a doctor at the GP
/// office, against patients with a care relation in force, one that ended, one of the other
/// organisation, break-glass in force and run out, over every patient table and operation. The
/// statements run as the API's owner (what the functions run as, under forced RLS) with the user
/// set for the transaction; a login role reaches no table at all. Break-glass running out is the
/// clock moved on: the grant's times set back as if four hours had passed.
final class RLSMatrixTests: XCTestCase {
  private enum Patient: String, CaseIterable {
    case inCare = "01418020063", ended = "01418020144", otherOrganisation = "01418020225", glass = "01418020306", glassRunOut = "01418020497"
  }

  private struct User {
    let hpr: String
    let organisation: Int
  }

  private enum Operation: String, CaseIterable { case select, insert, update, delete }

  private let tables = [
    "patient", "care_relation", "vital_signs", "clinical_entry", "medication_list", "medication_head", "case_head",
    "demographic_head", "access_event", "audit_log",
  ]

  func test_the_matrix_has_no_unexpected_allow_or_deny() throws {
    let (admin, url) = try CentralFixture.installed("ws_rls")
    let roles = ["doctor", "nurse", "case-officer", "trainer", "administrator"]
    var users = roles.enumerated().map { User(hpr: String(9_300_000 + $0.offset), organisation: 1) }
    users.append(User(hpr: "9300009", organisation: 2))
    var setup = """
      INSERT INTO core.app_user(hpr, name, role, organisation_id, password_hash) VALUES
        \((roles.enumerated().map { "('\(9_300_000 + $0.offset)', 'Rolle \($0.element)', '\($0.element)', 1, 'x')" } + ["('9300009', 'Lege B', 'doctor', 2, 'x')"]).joined(separator: ", "));
      """
    for (n, p) in Patient.allCases.enumerated() {
      setup += "INSERT INTO core.patient(id, identifier, given, family, birth_date) VALUES (\(n + 100), '\(p.rawValue)', 'P', '\(p)', '1980-01-01');\n"
      setup += "INSERT INTO core.vital_signs(op_id, patient_id, taken_at, recorded_by, vitals) VALUES (gen_random_uuid(), \(n + 100), now(), 'x', '{}');\n"
      setup += "INSERT INTO core.clinical_entry(op_id, patient_id, kind, payload, pushed_by) VALUES (gen_random_uuid(), \(n + 100), 'note', '{}', 'x');\n"
      setup += "INSERT INTO core.medication_list(op_id, patient_id, base_op, accepted, payload, pushed_by) VALUES (gen_random_uuid(), \(n + 100), NULL, true, '{}', 'x');\n"
      setup += "INSERT INTO core.medication_head(patient_id, op_id) VALUES (\(n + 100), gen_random_uuid());\n"
      setup += "INSERT INTO core.case_head(case_uid, patient_id, op_id) VALUES (gen_random_uuid(), \(n + 100), gen_random_uuid());\n"
      setup += "INSERT INTO core.demographic_head(patient_id, field, op_id, value) VALUES (\(n + 100), 'family', gen_random_uuid(), 'P');\n"
      setup += "INSERT INTO core.access_event(hpr, patient_id, basis) VALUES ('9300000', \(n + 100), 'care-relation');\n"
    }
    setup += """
      INSERT INTO core.care_relation(patient_id, organisation_id, kind, valid_from, valid_to) VALUES
        (100, 1, 'gp-list', now() - interval '1 year', NULL),
        (101, 1, 'ward-stay', now() - interval '1 year', now() - interval '1 day'),
        (102, 2, 'gp-list', now() - interval '1 year', NULL);
      INSERT INTO core.break_glass(hpr, patient_id, reason, granted_at, expires) VALUES
        ('9300000', 103, 'bevisstløs pasient', now(), now() + interval '4 hours'),
        ('9300000', 104, 'bevisstløs pasient', now() - interval '5 hours', now() - interval '1 hour');
      """
    try admin.execute(setup)

    func visible(_ user: User, _ p: Patient) -> Bool {
      switch p {
      case .inCare: return user.organisation == 1
      case .otherOrganisation: return user.organisation == 2
      case .glass: return user.hpr == "9300000"
      case .ended, .glassRunOut: return false
      }
    }
    func expected(_ table: String, _ op: Operation, _ user: User?, _ p: Patient) -> Bool {
      // Appending to the audit log is what core.audit does for everyone, failed logins (no
      // user yet) included; the chain, not the policy, guards what is appended.
      if table == "audit_log" { return op == .insert || (op == .select && user?.hpr == "9300004") }
      guard let user else { return false }
      switch op {
      case .delete: return false  // history is never deleted
      case .select:
        // Care relations go by organisation (one's own, in force or not), the rest by patient.
        if table == "care_relation" { return (p == .inCare || p == .ended) ? user.organisation == 1 : p == .otherOrganisation && user.organisation == 2 }
        return visible(user, p)
      case .insert:
        switch table {
        case "patient", "access_event": return true  // registering, and one's own opening (the API checks the patient first)
        case "care_relation": return user.organisation == 1  // the row names organisation 1
        default: return visible(user, p)
        }
      case .update:
        switch table {
        case "patient", "medication_head", "case_head", "demographic_head": return visible(user, p)
        case "care_relation": return (p == .inCare || p == .ended) ? user.organisation == 1 : p == .otherOrganisation && user.organisation == 2
        default: return false  // append-only
        }
      }
    }
    func statement(_ table: String, _ op: Operation, _ id: Int, _ user: User?) -> String? {
      let column = table == "patient" ? "id" : "patient_id"
      switch op {
      case .select: return "SELECT count(*) FROM core.\(table) WHERE \(column) = \(id)"
      case .update: return "WITH x AS (UPDATE core.\(table) SET \(column) = \(column) WHERE \(column) = \(id) RETURNING 1) SELECT count(*) FROM x"
      case .delete: return "WITH x AS (DELETE FROM core.\(table) WHERE \(column) = \(id) RETURNING 1) SELECT count(*) FROM x"
      case .insert:
        let values: String
        switch table {
        case "patient": values = "(identifier, given, family, birth_date) VALUES ('0141802\(id)9', 'N', 'Y', '1980-01-01')"
        case "care_relation": values = "(patient_id, organisation_id, kind) VALUES (\(id), 1, 'referral')"
        case "vital_signs": values = "(op_id, patient_id, taken_at, recorded_by, vitals) VALUES (gen_random_uuid(), \(id), now(), 'x', '{}')"
        case "clinical_entry": values = "(op_id, patient_id, kind, payload, pushed_by) VALUES (gen_random_uuid(), \(id), 'note', '{}', 'x')"
        case "medication_list": values = "(op_id, patient_id, accepted, payload, pushed_by) VALUES (gen_random_uuid(), \(id), true, '{}', 'x')"
        case "case_head": values = "(case_uid, patient_id, op_id) VALUES (gen_random_uuid(), \(id), gen_random_uuid())"
        case "demographic_head": values = "(patient_id, field, op_id, value) VALUES (\(id), 'given', gen_random_uuid(), 'N')"
        case "access_event": values = "(hpr, patient_id, basis) VALUES ('\(user?.hpr ?? "")', \(id), 'care-relation')"
        case "audit_log": values = "(seq, at, event, detail, prev_hash, hash) VALUES (999, now(), 'login', '{}', '', '')"
        default: return nil  // medication_head takes one row per patient: changed by update
        }
        return "WITH x AS (INSERT INTO core.\(table) \(values) RETURNING 1) SELECT count(*) FROM x"
      }
    }
    var checked = 0
    var unexpected: [String] = []
    for user in [nil] + users.map(Optional.some) {
      for (n, p) in Patient.allCases.enumerated() {
        for table in tables {
          for op in Operation.allCases {
            guard let sql = statement(table, op, n + 100, user) else { continue }
            try admin.execute("BEGIN; SET LOCAL ROLE ws_owner")
            try admin.query("SELECT set_config('ws.user', $1, true)", [user?.hpr ?? ""])
            let allowed: Bool
            do {
              allowed = (Int(try admin.query(sql).first?.first.flatMap { $0 } ?? "0") ?? 0) > 0
            } catch {
              allowed = false
            }
            try admin.execute("ROLLBACK")
            checked += 1
            if allowed != expected(table, op, user, p) {
              unexpected.append("\(allowed ? "ALLOW" : "deny") \(user?.hpr ?? "no user") \(p) \(table) \(op)")
            }
          }
        }
      }
    }
    XCTAssertGreaterThan(checked, 1_000)
    XCTAssertEqual(unexpected, [], "\(unexpected.count) of \(checked)")

    // A login role reaches no table, whatever the user context.
    let station = try CentralConnection(url: url)
    for table in tables {
      XCTAssertThrowsError(try station.query("SELECT count(*) FROM core.\(table)"), table)
    }
  }

  /// Break-glass runs out: granted for two hours, the record opens; with the clock moved on
  /// three hours (the grant's times set back), it is refused again and nothing shows.
  func test_break_glass_runs_out_when_the_clock_moves_on() throws {
    let (station, _, _, url) = try CentralFixture.withPatient("ws_glass_expiry")
    let admin = try CentralFixture.superuser(url)
    let doctor = try CentralLogin.token(station, hpr: "9000002", password: "annet")
    // Refused (no care relation, SQLSTATE 42501) reads as false.
    func openChart() -> Bool {
      let rows = try? station.transaction { () throws(CentralError) -> [[String?]] in
        try station.query("SELECT api.begin($1::uuid)", [doctor])
        return try station.query("SELECT * FROM api.open_chart($1)", [CentralFixture.patient])
      }
      return !(rows ?? []).isEmpty
    }
    XCTAssertFalse(openChart(), "no care relation")
    try station.transaction { () throws(CentralError) in
      try station.query("SELECT api.begin($1::uuid)", [doctor])
      try station.query("SELECT api.break_glass($1, 'bevisstløs, ingen pårørende', 2)", [CentralFixture.patient])
    }
    XCTAssertTrue(openChart())
    try admin.execute("UPDATE core.break_glass SET granted_at = granted_at - interval '3 hours', expires = expires - interval '3 hours'")
    XCTAssertFalse(openChart(), "run out")
  }

  /// Offers of a granted place go by organisation, not by patient: every kind of organisation in
  /// the municipality of an offer and in another, against each operation. Only the municipality's
  /// nursing homes read and take offers, the municipality reads, makes, ends and offers again
  /// its own (a decision changed on appeal), and nobody deletes one or takes it for another
  /// organisation.
  func test_place_offers_have_no_unexpected_allow_or_deny() throws {
    let (admin, url) = try CentralFixture.installed("ws_rls_offers")
    // The fixture's legevakt (1, 5001) and GP office (2, 1508), and one of each other kind.
    let organisations: [(id: Int, kind: String, municipality: String)] = [
      (1, "legevakt", "5001"), (2, "gp-office", "1508"), (3, "municipality", "5001"), (4, "nursing-home", "5001"),
      (5, "nursing-home", "1508"), (6, "home-care", "5001"),
    ]
    var setup = """
      INSERT INTO core.organisation(id, kind, name, municipality_code) VALUES
        (3, 'municipality', 'Kommune', '5001'), (4, 'nursing-home', 'Hjem A', '5001'), (5, 'nursing-home', 'Hjem B', '1508'),
        (6, 'home-care', 'Hjemmetjenesten', '5001');
      INSERT INTO core.patient(id, identifier, given, family, birth_date) VALUES (200, '01418020063', 'P', 'Q', '1980-01-01');

      """
    for o in organisations {
      setup += "INSERT INTO core.app_user(hpr, name, role, organisation_id, password_hash) VALUES ('94\(o.id)', 'U', 'nurse', \(o.id), 'x');\n"
    }
    let offers = ["5001": "a0000000-0000-4000-8000-000000005001", "1508": "a0000000-0000-4000-8000-000000001508"]
    for (n, (municipality, uid)) in offers.sorted(by: { $0.key < $1.key }).enumerated() {
      setup += """
        INSERT INTO core.place_offer(case_uid, seq, patient_id, identifier, given, family, municipality_code, stay_type, since)
          VALUES ('\(uid)', \(n + 1), 200, '01418020063', 'P', 'Q', '\(municipality)', 'long-term', '2026-11-27');

        """
    }
    try admin.execute(setup)

    enum Operation: CaseIterable { case read, make, take, takeForAnother, end, offerAgain, delete }
    func statement(_ op: Operation, _ municipality: String, _ organisation: Int) -> String {
      let uid = offers[municipality] ?? ""
      switch op {
      case .read: return "SELECT count(*) FROM core.place_offer WHERE case_uid = '\(uid)'"
      case .make:
        return """
          WITH x AS (INSERT INTO core.place_offer(case_uid, seq, patient_id, identifier, given, family, municipality_code,
            stay_type, since) VALUES (gen_random_uuid(), 99, 200, '01418020063', 'P', 'Q', '\(municipality)', 'long-term',
            '2026-11-27') RETURNING 1) SELECT count(*) FROM x
          """
      case .take, .takeForAnother:
        let taker = op == .take ? organisation : (organisation == 4 ? 5 : 4)
        return """
          WITH x AS (UPDATE core.place_offer SET taken_at = now(), taken_by = \(taker) WHERE case_uid = '\(uid)' RETURNING 1)
          SELECT count(*) FROM x
          """
      case .end:
        return """
          WITH x AS (UPDATE core.place_offer SET ended_at = now(), ended_by = \(organisation) WHERE case_uid = '\(uid)' RETURNING 1)
          SELECT count(*) FROM x
          """
      case .offerAgain:
        return """
          WITH x AS (UPDATE core.place_offer SET ended_at = NULL, ended_by = NULL, stay_type = 'short-term'
            WHERE case_uid = '\(uid)' RETURNING 1)
          SELECT count(*) FROM x
          """
      case .delete: return "WITH x AS (DELETE FROM core.place_offer WHERE case_uid = '\(uid)' RETURNING 1) SELECT count(*) FROM x"
      }
    }
    func expected(_ op: Operation, _ municipality: String, _ o: (id: Int, kind: String, municipality: String)?) -> Bool {
      guard let o, o.municipality == municipality else { return false }
      switch op {
      case .read: return ["nursing-home", "municipality"].contains(o.kind)
      case .make: return true  // a letter in force, pushed by whoever sent it in the municipality
      case .take: return o.kind == "nursing-home"
      case .end: return o.kind == "municipality"  // the case officer ended the service before it began
      case .offerAgain: return o.kind == "municipality"  // the decision changed on appeal grants a place again
      case .takeForAnother, .delete: return false
      }
    }
    var checked = 0
    var unexpected: [String] = []
    for o in [nil] + organisations.map(Optional.some) {
      for municipality in offers.keys.sorted() {
        for op in Operation.allCases {
          try admin.execute("BEGIN; SET LOCAL ROLE ws_owner")
          try admin.query("SELECT set_config('ws.user', $1, true)", [o.map { "94\($0.id)" } ?? ""])
          let allowed: Bool
          do {
            allowed = (Int(try admin.query(statement(op, municipality, o?.id ?? 0)).first?.first.flatMap { $0 } ?? "0") ?? 0) > 0
          } catch {
            allowed = false
          }
          try admin.execute("ROLLBACK")
          checked += 1
          if allowed != expected(op, municipality, o) {
            unexpected.append("\(allowed ? "ALLOW" : "deny") \(o.map { "\($0.kind) \($0.municipality)" } ?? "no user") offer \(municipality) \(op)")
          }
        }
      }
    }
    XCTAssertEqual(checked, 98)
    XCTAssertEqual(unexpected, [], "\(unexpected.count) of \(checked)")
    XCTAssertThrowsError(try CentralConnection(url: url).query("SELECT count(*) FROM core.place_offer"), "a login role reaches no table")
  }
}
