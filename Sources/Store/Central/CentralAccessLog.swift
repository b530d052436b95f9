import Clinical
import Foundation

/// Who opened one patient's record anywhere, read from the central server as the privacy officer.
public enum CentralAccessLog {
  public static func openings(on connection: CentralConnection, identifier: String, hpr: String, password: String) throws(CentralError) -> [ChartAccess] {
    let token = try CentralLogin.token(connection, hpr: hpr, password: password)
    return try connection.transaction(as: token) { () throws(CentralError) -> [ChartAccess] in
      return try connection.query("SELECT at, name, role, organisation, basis FROM api.patient_access($1)", [identifier]).map { r in
        ChartAccess(
          userName: r[1] ?? "", role: r[2] ?? "", organisation: r[3] ?? "", at: r[0].flatMap(FHIRTime.parse) ?? Date(timeIntervalSince1970: 0),
          basis: r[4].flatMap(AccessBasis.init(rawValue:)) ?? .directLookup)
      }
    }
  }

  /// Logs an export of the record on the server, as `hpr`, and says who that is; refused
  /// without a care relation.
  public static func recordExport(on connection: CentralConnection, identifier: String, hpr: String, password: String) throws(CentralError) -> Clinician {
    let token = try CentralLogin.token(connection, hpr: hpr, password: password)
    return try connection.transaction(as: token) { () throws(CentralError) -> Clinician in
      try connection.query("SELECT api.record_export($1)", [identifier])
      return try CentralLogin.whoami(connection, hpr: hpr)
    }
  }
}
