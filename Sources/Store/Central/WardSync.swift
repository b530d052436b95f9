import Clinical

/// The organisation's wards and beds as set up on the server, fetched when their version there
/// changes. The version is asked inside the transaction that pulls (or takes the first sync),
/// one query more rather than a round of its own, and the setup is kept in the same local
/// transaction as the page, before the stays put in its beds. Wards and beds are matched by the
/// server's ids, so a renamed ward or bed keeps its stays; a bed taken out of use is kept for
/// them, marked so.
enum WardSync {
  static let versionKey = "sync.ward-version"

  /// The setup at a version this store does not have.
  struct Setup {
    let version: String
    let beds: [[String?]]
  }

  /// Inside the caller's transaction as the user; nil when the store has version `known` (a
  /// store that never had wards is at version 0, where an organisation without wards stays).
  static func fetchIfChanged(_ connection: CentralConnection, known: String?) throws(CentralError) -> Setup? {
    guard let version = try connection.query("SELECT api.ward_version()::text").first?.first ?? nil, version != (known ?? "0") else {
      return nil
    }
    return Setup(
      version: version, beds: try connection.query("SELECT ward::text, ward_name, municipality, bed::text, label, stay_type FROM api.wards()"))
  }

  /// Keeps the setup inside the caller's local transaction.
  static func keep(_ setup: Setup, in store: PatientStore) throws(StoreError) {
    for row in setup.beds {
      guard let ward = row[0], let wardName = row[1], let code = row[2], let bed = row[3], let label = row[4], let type = row[5]
      else { continue }
      // The statistics group stays by municipality.
      try PatientWriter.keepMunicipality(code: code, in: store.db)
      try store.db.statement(
        """
        INSERT INTO ward(uid, name, municipality_code) VALUES (?1, ?2, ?3)
        ON CONFLICT(uid) WHERE uid IS NOT NULL DO UPDATE SET name = excluded.name, municipality_code = excluded.municipality_code
        """
      ).bind(1, ward).bind(2, wardName).bind(3, code).run()
      try store.db.statement(
        """
        INSERT INTO bed(uid, ward_id, label, stay_type) SELECT ?1, w.id, ?2, ?3 FROM ward w WHERE w.uid = ?4
        ON CONFLICT(uid) WHERE uid IS NOT NULL DO UPDATE SET label = excluded.label, stay_type = excluded.stay_type
        """
      ).bind(1, bed).bind(2, label).bind(3, type).bind(4, ward).run()
    }
    // The setup is whole: a bed of the server's it no longer names is out of use.
    let inUse = setup.beds.compactMap { $0[3].map { "'\($0)'" } }.joined(separator: ",")
    try store.db.execute("UPDATE bed SET retired = (uid NOT IN (\(inUse))) WHERE uid IS NOT NULL")
    try StoreMeta.set(versionKey, setup.version, in: store.db)
  }
}
