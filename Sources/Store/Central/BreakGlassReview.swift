import Foundation

/// The privacy officer's review list of break-glass access, read through the central API as the
/// officer (login, then one transaction with the user context).
public enum BreakGlassReview {
  public struct Entry: Equatable, Sendable {
    public let id: String
    public let grantedAt: Date
    public let hpr: String
    public let userName: String
    public let patient: String
    public let reason: String
  }

  public static func unreviewed(on connection: CentralConnection, hpr: String, password: String) throws(CentralError) -> [Entry] {
    let token = try CentralLogin.token(connection, hpr: hpr, password: password)
    return try connection.transaction(as: token) { () throws(CentralError) -> [Entry] in
      return try connection.query(
        #"SELECT id, to_char(granted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), hpr, user_name, patient, reason FROM api.break_glass_review()"#
      ).map { r in
        Entry(id: r[0] ?? "", grantedAt: r[1].flatMap(FHIRTime.parse) ?? Date(timeIntervalSince1970: 0), hpr: r[2] ?? "", userName: r[3] ?? "", patient: r[4] ?? "", reason: r[5] ?? "")
      }
    }
  }
}
