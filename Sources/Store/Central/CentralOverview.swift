/// What the operator has set up on the central server, organisation by organisation: its users,
/// its wards and their beds, and how many patients it holds a care relation with now. Read over
/// the schema owner's connection, as the other operator's commands are: it is the check after
/// setting up, and the exact names the other commands take (`--organisation NAME`).
public struct CentralOverview: Equatable, Sendable {
  public struct Organisation: Equatable, Sendable {
    public let kind: String
    public let name: String
    public let municipality: String?
    public let users: [User]
    public let wards: [Ward]
    /// Patients with a care relation in force.
    public let patients: Int
  }

  public struct User: Equatable, Sendable {
    public let hpr: String
    public let name: String
    public let role: String
  }

  public struct Ward: Equatable, Sendable {
    public let name: String
    public let beds: Int
    public let retired: Int
  }

  public let organisations: [Organisation]

  public static func read(on connection: CentralConnection) throws(CentralError) -> CentralOverview {
    let users = Dictionary(
      grouping: try connection.query("SELECT organisation_id::text, hpr, name, role FROM core.app_user ORDER BY name, hpr"),
      by: { $0[0] ?? "" })
    let wards = Dictionary(
      grouping: try connection.query(
        """
        SELECT w.organisation_id::text, w.name, count(b.id) FILTER (WHERE b.retired_at IS NULL)::text,
          count(b.id) FILTER (WHERE b.retired_at IS NOT NULL)::text
        FROM core.ward w LEFT JOIN core.bed b ON b.ward_id = w.id GROUP BY w.id ORDER BY w.id
        """), by: { $0[0] ?? "" })
    let organisations = try connection.query(
      """
      SELECT o.id::text, o.kind, o.name, o.municipality_code,
        (SELECT count(DISTINCT r.patient_id) FROM core.care_relation r
          WHERE r.organisation_id = o.id AND (r.valid_to IS NULL OR r.valid_to > now()))::text
      FROM core.organisation o ORDER BY o.name
      """)
    return CentralOverview(
      organisations: organisations.map { o in
        let id = o[0] ?? ""
        return Organisation(
          kind: o[1] ?? "", name: o[2] ?? "", municipality: o[3] ?? nil,
          users: (users[id] ?? []).map { User(hpr: $0[1] ?? "", name: $0[2] ?? "", role: $0[3] ?? "") },
          wards: (wards[id] ?? []).map { Ward(name: $0[1] ?? "", beds: Int($0[2] ?? "") ?? 0, retired: Int($0[3] ?? "") ?? 0) },
          patients: Int(o[4] ?? "") ?? 0)
      })
  }
}
