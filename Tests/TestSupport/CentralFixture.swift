import Clinical
import Foundation
import XCTest

import Store

/// A central schema in its own database of the test cluster, with two organisations, a user in
/// each (and a privacy officer), and a login role for the workstations; and workstations that
/// know one patient the legevakt has a care relation with.
public enum CentralFixture {
  public static let patient = "01418020063"
  public static let nurse = Clinician(userID: "hpr:9000001", name: "Nina Natt", role: "nurse", organisation: "Trondheim legevakt")
  public static let colleague = Clinician(userID: "hpr:9000004", name: "Kari Kollega", role: "doctor", organisation: "Trondheim legevakt")

  public static func installed(_ name: String) throws -> (admin: CentralConnection, url: String) {
    try installed(url: try TestPostgres.database(name))
  }

  /// The same on a database of another cluster, by its superuser URL.
  public static func installed(url: String) throws -> (admin: CentralConnection, url: String) {
    let admin = try CentralConnection(url: url)
    XCTAssertEqual(try CentralSchema.install(on: admin), CentralSchema.latest)
    XCTAssertEqual(try CentralSchema.install(on: admin), CentralSchema.latest, "a second install changes nothing")
    // Two organisations, a user in each, and a login role for the workstations.
    try admin.execute(
      """
      INSERT INTO core.organisation(kind, name, municipality_code) VALUES
        ('legevakt', 'Trondheim legevakt', '5001'), ('gp-office', 'Fjordgløtt legekontor', '1508');
      INSERT INTO core.app_user(hpr, name, role, organisation_id, password_hash) VALUES
        ('9000001', 'Nina Natt', 'nurse', 1, public.crypt('hemmelig', public.gen_salt('bf', 4))),
        ('9000002', 'Lars Lege', 'doctor', 2, public.crypt('annet', public.gen_salt('bf', 4))),
        ('9000003', 'Pia Personvern', 'administrator', 2, public.crypt('tilsyn', public.gen_salt('bf', 4))),
        ('9000004', 'Kari Kollega', 'doctor', 1, public.crypt('kollega', public.gen_salt('bf', 4)));
      DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ws_station') THEN
          CREATE ROLE ws_station LOGIN IN ROLE ws_client;
        END IF;
      END $$;
      """)
    return (admin, url.replacingOccurrences(of: "user=postgres", with: "user=ws_station"))
  }


  /// The fixture patient registered at the legevakt, and a session token for each legevakt user.
  public static func withPatient(_ name: String) throws -> (station: CentralConnection, nurse: String, colleague: String, url: String) {
    try withPatient(url: try TestPostgres.database(name))
  }

  /// The same on a database of another cluster, by its superuser URL.
  public static func withPatient(url adminURL: String) throws -> (station: CentralConnection, nurse: String, colleague: String, url: String) {
    let (_, url) = try installed(url: adminURL)
    let station = try CentralConnection(url: url)
    let nurse = try CentralLogin.token(station, hpr: "9000001", password: "hemmelig")
    let colleague = try CentralLogin.token(station, hpr: "9000004", password: "kollega")
    try station.transaction { () throws(CentralError) in
      try station.query("SELECT api.begin($1::uuid)", [nurse])
      try station.query("SELECT api.register_patient($1, 'Ukjent', 'Mann', '1980-01-01', 'legevakt-visit')", [patient])
    }
    return (station, nurse, colleague, url)
  }

  /// The superuser's URL of the database a workstation's `url` names: for reading the server's
  /// tables as they are, past the API.
  public static func superuserURL(_ url: String) -> String {
    url.replacingOccurrences(of: "user=ws_station", with: "user=postgres")
  }

  public static func superuser(_ url: String) throws -> CentralConnection {
    try CentralConnection(url: superuserURL(url))
  }

  /// An organisation the operator sets up with one user, logged in at `station`: the token.
  public static func organisation(
    _ kind: String, _ name: String, municipality: String, user hpr: String, named userName: String, role: String = "nurse",
    password: String, on admin: CentralConnection, at station: CentralConnection
  ) throws -> String {
    try CentralDirectory.addOrganisation(on: admin, kind: kind, name: name, municipality: municipality)
    try CentralDirectory.addUser(on: admin, hpr: hpr, name: userName, role: role, organisation: name, password: password)
    return try CentralLogin.token(station, hpr: hpr, password: password)
  }

  /// A production store in `folder` that knows the fixture patient.
  public static func workstation(_ folder: String, _ name: String) throws -> PatientStore {
    let store = try PatientStore(path: folder + "/\(name).sqlite", kind: .production)
    let bundle = #"{"resourceType": "Patient", "identifier": [{"system": "urn:oid:2.16.578.1.12.4.1.4.3", "value": "01418020063"}], "name": [{"family": "Mann", "given": ["Ukjent"]}], "birthDate": "1980-01-01"}"#
    XCTAssertNil(try FHIRImporter(store: store, today: CivilDate(year: 2026, month: 11, day: 27)!, origin: "test").importData(Data(bundle.utf8)).rejected)
    return store
  }
}
