import Clinical

/// Logging in against the central server: the HPR number and password checked there, and who the
/// user is (name, role, organisation) read in the session it opens.
public enum CentralLogin {
  public static func login(url: String, hpr: String, password: String) throws(CentralError) -> Clinician {
    let connection = try CentralConnection(url: url, connectTimeout: 3)
    let token = try self.token(connection, hpr: hpr, password: password)
    return try connection.transaction(as: token) { () throws(CentralError) -> Clinician in
      return try whoami(connection, hpr: hpr)
    }
  }

  /// Who the user of this transaction is, as the workstation shows them.
  static func whoami(_ connection: CentralConnection, hpr: String) throws(CentralError) -> Clinician {
    guard let row = try connection.query("SELECT hpr, name, role, organisation FROM api.whoami()").first else {
      throw CentralError(kind: .statement(sqlState: "28000"), message: "no user")
    }
    return Clinician(userID: "hpr:" + (row[0] ?? hpr), name: row[1] ?? "", role: row[2] ?? "", organisation: row[3] ?? "")
  }

  /// A session token for `hpr`, or the server's refusal (SQLSTATE 28P01 for a wrong password).
  public static func token(_ connection: CentralConnection, hpr: String, password: String) throws(CentralError) -> String {
    guard let token = try connection.query("SELECT api.login($1, $2)", [hpr, password]).first?.first ?? nil else {
      throw CentralError(kind: .statement(sqlState: "28P01"), message: "no session token")
    }
    return token
  }
}
