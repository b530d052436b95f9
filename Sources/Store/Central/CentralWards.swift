/// A nursing home's wards and beds, as the operator sets them up on the central server (over
/// the schema owner's connection, as organisations and users). A ward is named once per
/// organisation; beds are added to it (a bed already there is left as it is) or taken out of
/// use, and the organisation's ward version is bumped so its workstations fetch the new setup.
public enum CentralWards {
  /// Bed labels from the command line: each label as written, and "101-112" as every number
  /// from the first to the last. Nil when a range runs backwards or past 500 beds, or a label is
  /// empty, longer than the census shows (6 characters) or holds a control character.
  public static func labels(_ written: [String]) -> [String]? {
    var out: [String] = []
    for item in written {
      let ends = item.split(separator: "-", omittingEmptySubsequences: false)
      if ends.count == 2, let first = Int(ends[0]), let last = Int(ends[1]) {
        guard first <= last, last - first < 500 else { return nil }
        out += (first...last).map(String.init)
      } else {
        out.append(item)
      }
    }
    let readable = out.allSatisfy { !$0.isEmpty && $0.count <= 6 && !$0.unicodeScalars.contains { $0.properties.generalCategory == .control } }
    return out.isEmpty || out.count > 500 || !readable ? nil : out
  }

  /// Returns how many of the beds were new.
  public static func add(
    on connection: CentralConnection, organisation: String, ward: String, municipality: String, stayType: String,
    beds: [String]
  ) throws(CentralError) -> Int {
    try connection.transaction { () throws(CentralError) -> Int in
      guard let found = try connection.query(
        "SELECT id::text FROM core.organisation WHERE name = $1 AND kind = 'nursing-home'", [organisation]
      ).first, let home = found[0] else {
        throw CentralError(kind: .statement(sqlState: "P0002"), message: "no nursing home with this name")
      }
      try connection.query(
        """
        INSERT INTO core.ward(organisation_id, name, municipality_code) VALUES ($1::bigint, $2, $3)
        ON CONFLICT (organisation_id, name) DO NOTHING
        """, [home, ward, municipality])
      var added = 0
      for label in beds {
        // A bed taken out of use and named again is in use again.
        added += try connection.query(
          """
          INSERT INTO core.bed(ward_id, label, stay_type)
          SELECT w.id, $3, $4 FROM core.ward w WHERE w.organisation_id = $1::bigint AND w.name = $2
          ON CONFLICT (ward_id, label) DO UPDATE SET retired_at = NULL WHERE core.bed.retired_at IS NOT NULL RETURNING 1
          """, [home, ward, label, stayType]).count
      }
      try connection.query("UPDATE core.organisation SET ward_version = ward_version + 1 WHERE id = $1::bigint", [home])
      return added
    }
  }

  /// Takes beds of a ward out of use; returns how many were in use. A patient still in one
  /// stays there until moved or discharged, but no one is admitted or moved to it.
  public static func retire(on connection: CentralConnection, organisation: String, ward: String, beds: [String]) throws(CentralError) -> Int {
    try connection.transaction { () throws(CentralError) -> Int in
      guard let found = try connection.query(
        """
        SELECT w.id::text, o.id::text FROM core.ward w JOIN core.organisation o ON o.id = w.organisation_id
        WHERE o.name = $1 AND o.kind = 'nursing-home' AND w.name = $2
        """, [organisation, ward]
      ).first, let wardID = found[0], let home = found[1] else {
        throw CentralError(kind: .statement(sqlState: "P0002"), message: "no such ward of a nursing home")
      }
      // Each label quoted as an array element: a label may hold a comma or a quote.
      let listed = "{" + beds.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        .joined(separator: ",") + "}"
      let retired = try connection.query(
        """
        UPDATE core.bed SET retired_at = now()
        WHERE ward_id = $1::bigint AND label = ANY ($2::text[]) AND retired_at IS NULL RETURNING 1
        """, [wardID, listed]).count
      try connection.query("UPDATE core.organisation SET ward_version = ward_version + 1 WHERE id = $1::bigint", [home])
      return retired
    }
  }
}
