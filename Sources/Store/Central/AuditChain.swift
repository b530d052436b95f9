/// The privacy officer's check of the server's audit log: the hash chain recomputed row by row.
public enum AuditChain {
  public struct Result: Equatable, Sendable {
    public let checked: Int
    /// The first row that is missing or does not hash as it should; nil when the chain holds.
    public let firstBroken: Int?
  }

  public static func verify(on connection: CentralConnection, hpr: String, password: String) throws(CentralError) -> Result {
    let token = try CentralLogin.token(connection, hpr: hpr, password: password)
    let row = try connection.transaction(as: token) { () throws(CentralError) -> [String?] in
      return try connection.query("SELECT checked::text, first_broken::text FROM api.verify_audit()").first ?? []
    }
    return Result(checked: row.first.flatMap { $0.flatMap { Int($0) } } ?? 0, firstBroken: row.last.flatMap { $0.flatMap { Int($0) } })
  }
}
