/// Organisations and their users on the central server, as the operator enters them over the
/// schema owner's connection (the one `central init` uses). The table checks hold: the kinds of
/// organisation and the roles are the schema's, an HPR number is one to nine digits, and a
/// password is kept only as a bcrypt hash made by the server.
public enum CentralDirectory {
  public static func addOrganisation(on connection: CentralConnection, kind: String, name: String, municipality: String?) throws(CentralError) {
    try connection.query(
      "INSERT INTO core.organisation(kind, name, municipality_code) VALUES ($1, $2, $3)", [kind, name, municipality])
  }

  public static func addUser(
    on connection: CentralConnection, hpr: String, name: String, role: String, organisation: String, password: String
  ) throws(CentralError) {
    guard password.count >= 8 else {
      throw CentralError(kind: .statement(sqlState: "22023"), message: "the password needs at least 8 characters")
    }
    let added = try connection.query(
      """
      INSERT INTO core.app_user(hpr, name, role, organisation_id, password_hash)
      SELECT $1, $2, $3, o.id, public.crypt($4, public.gen_salt('bf', 10)) FROM core.organisation o WHERE o.name = $5
      RETURNING hpr
      """, [hpr, name, role, password, organisation])
    guard !added.isEmpty else {
      throw CentralError(kind: .statement(sqlState: "P0002"), message: "no organisation with this name")
    }
  }
}
