import Clinical

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

extension CentralDirectory {
  /// One line of a list (the GP register's export, a home-care service's or a nursing home's
  /// patients): `number;given;family;YYYY-MM-DD`, then optionally the sex (`K` or `M`, as the
  /// register writes it; `F` is taken too) and the home municipality's number.
  public struct ListedPatient: Equatable, Sendable {
    public let identifier: String
    public let given: String
    public let family: String
    public let birthDate: String
    /// `F` or `M`, as the server keeps it; nil when the list does not say.
    public var sex: String? = nil
    public var municipality: String? = nil
  }

  /// Reads a list file; the first line that cannot be read is named, and nothing is loaded.
  public static func careList(_ text: String) -> Result<[ListedPatient], CareListProblem> {
    var out: [ListedPatient] = []
    for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      let fields = line.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
      guard (4...6).contains(fields.count), digits(fields[0], 11), !fields[1].isEmpty, !fields[2].isEmpty, fields[3].count == 10,
        let sex = listedSex(fields.count > 4 ? fields[4] : ""),
        fields.count < 6 || fields[5].isEmpty || Municipality.isCode(fields[5])
      else { return .failure(CareListProblem(line: n + 1)) }
      out.append(
        ListedPatient(
          identifier: fields[0], given: fields[1], family: fields[2], birthDate: fields[3], sex: sex.isEmpty ? nil : sex,
          municipality: fields.count < 6 || fields[5].isEmpty ? nil : fields[5]))
    }
    return .success(out)
  }

  private static func digits(_ field: String, _ count: Int) -> Bool {
    field.count == count && field.allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// The sex as the server keeps it, empty when the list leaves it out; nil when it is not one.
  private static func listedSex(_ field: String) -> String? {
    switch field.uppercased() {
    case "": return ""
    case "K", "F": return "F"
    case "M": return "M"
    default: return nil
    }
  }

  /// What loading a list changed: relations made (or in force again), and relations of patients
  /// no longer on a whole list, ended.
  public struct CareListLoad: Equatable, Sendable {
    public let made: Int
    public let ended: Int
  }

  /// The list's patients as care relations of the organisation, in one transaction: a GP
  /// office's list ("gp-list"), a home-care service's patients ("home-care"), a nursing home's
  /// residents ("ward-stay"). A patient the server does not know is registered with the name and
  /// birth date listed (and the sex and home municipality, when listed); a known one keeps the
  /// name the server has and gains the sex and home it lacked; a relation in force is not made
  /// twice, and one ending is in force again. With `whole`, the file is the whole list (the
  /// register's export): the relations of this kind of patients not on it end, holding the days
  /// for documentation as a discharge does.
  public static func loadCareList(
    on connection: CentralConnection, organisation: String, patients: [ListedPatient], whole: Bool = false
  ) throws(CentralError) -> CareListLoad {
    try connection.transaction { () throws(CentralError) -> CareListLoad in
      guard let found = try connection.query(
        """
        SELECT id::text, CASE kind WHEN 'gp-office' THEN 'gp-list' WHEN 'home-care' THEN 'home-care'
          WHEN 'nursing-home' THEN 'ward-stay' END
        FROM core.organisation WHERE name = $1 AND kind IN ('gp-office', 'home-care', 'nursing-home')
        """, [organisation]).first, let office = found[0], let relation = found[1]
      else {
        throw CentralError(kind: .statement(sqlState: "P0002"), message: "no GP office, home-care service or nursing home with this name")
      }
      var made = 0
      for p in patients {
        // A patient the server knows keeps the name it has, and gains the sex and home it lacked
        // (unless a clinician has set them: see `CentralSchema.v24`).
        try connection.query(
          """
          INSERT INTO core.patient(identifier, given, family, birth_date, sex, municipality_code) VALUES ($1, $2, $3, $4::date, $5, $6)
          ON CONFLICT (identifier) DO UPDATE SET
            sex = CASE WHEN core.patient.sex IS NULL AND NOT EXISTS (SELECT 1 FROM core.demographic_head h
              WHERE h.patient_id = core.patient.id AND h.field = 'sex') THEN excluded.sex ELSE core.patient.sex END,
            municipality_code = CASE WHEN core.patient.municipality_code IS NULL AND NOT EXISTS (SELECT 1 FROM core.demographic_head h
              WHERE h.patient_id = core.patient.id AND h.field = 'municipality') THEN excluded.municipality_code
              ELSE core.patient.municipality_code END
          """, [p.identifier, p.given, p.family, p.birthDate, p.sex, p.municipality])
        made += try connection.query(
          """
          UPDATE core.care_relation r SET valid_to = NULL, seq = nextval('core.change_seq')
          FROM core.patient p WHERE p.identifier = $1 AND r.patient_id = p.id AND r.organisation_id = $2::bigint
            AND r.kind = $3 AND r.valid_to > now()
          RETURNING 1
          """, [p.identifier, office, relation]).count
        made += try connection.query(
          """
          INSERT INTO core.care_relation(patient_id, organisation_id, kind)
          SELECT p.id, $2::bigint, $3 FROM core.patient p WHERE p.identifier = $1
            AND NOT EXISTS (SELECT 1 FROM core.care_relation r WHERE r.patient_id = p.id AND r.organisation_id = $2::bigint
              AND r.valid_from <= now() AND (r.valid_to IS NULL OR r.valid_to > now()))
          RETURNING 1
          """, [p.identifier, office, relation]).count
      }
      guard whole else { return CareListLoad(made: made, ended: 0) }
      // The numbers are eleven digits each (read by `careList`), so the array is plain.
      let listed = "{" + patients.map(\.identifier).joined(separator: ",") + "}"
      let ended = try connection.query(
        """
        UPDATE core.care_relation r
        SET valid_to = now() + core.documentation_days() * interval '1 day', seq = nextval('core.change_seq')
        WHERE r.organisation_id = $1::bigint AND r.kind = $2 AND r.valid_to IS NULL
          AND NOT EXISTS (SELECT 1 FROM core.patient p WHERE p.id = r.patient_id AND p.identifier = ANY ($3::text[]))
        RETURNING 1
        """, [office, relation, listed]).count
      return CareListLoad(made: made, ended: ended)
    }
  }
}

/// The line of a list file that could not be read (1-based).
public struct CareListProblem: Error, Equatable, Sendable {
  public let line: Int
}
