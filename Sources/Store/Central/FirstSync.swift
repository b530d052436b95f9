import Clinical
import Foundation

/// The first sync of an empty workstation: the organisation's patients and their records come in
/// bulk. The server reads them in one snapshot by COPY; here they are written in one transaction
/// with the lookup indexes dropped and built once at the end, and the pull cursor is set to the
/// snapshot's last change, so the next pull goes on from exactly there.
public enum FirstSync {
  public struct Outcome: Equatable, Sendable {
    public var patients = 0
    public var changes = 0
  }

  /// Does nothing on a store that already holds patients. A store that synced before while it
  /// held none (a new home-care service) takes its first patients this way too; they are news.
  public static func run(_ store: PatientStore, _ connection: CentralConnection, token: String, today: CivilDate) throws -> Outcome {
    guard try store.isEmpty() else { return Outcome() }
    let syncedBefore = try store.meta(SyncPull.cursorKey) != nil
    try connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    let snapshot: (patients: [[String?]], changes: [[String?]], cursor: String, wards: WardSync.Setup?)
    do {
      try connection.query("SELECT api.begin($1::uuid)", [token])
      let wards = try WardSync.fetchIfChanged(connection, known: nil)
      let patients = try connection.copyOut("COPY (SELECT identifier, given, family, birth_date, sex, municipality_code, gp_office FROM api.first_sync_patients()) TO STDOUT")
      let changes = try connection.copyOut("COPY (SELECT kind, patient, op_id, payload, seq FROM api.first_sync_changes()) TO STDOUT")
      let cursor = try connection.query("SELECT api.change_cursor()::text").first?.first ?? nil
      try connection.execute("COMMIT")
      snapshot = (patients, changes, cursor ?? "0", wards)
    } catch {
      try? connection.execute("ROLLBACK")
      throw error
    }
    var outcome = Outcome()
    let validator = IdentifierValidator.inForce(on: today)
    try store.db.inTransaction { () throws(StoreError) in
      try store.db.execute(SearchIndexes.drop)
      // Before the stays in its beds.
      if let wards = snapshot.wards { try WardSync.keep(wards, in: store) }
      let writer = try PatientWriter(db: store.db, kind: store.kind)
      var ids: [String: Int64] = [:]
      ids.reserveCapacity(snapshot.patients.count)
      var municipalities = Set<String>()
      let news = ChartNews(db: store.db)
      let gpOffice = try store.db.prepare("UPDATE patient SET gp_office = ? WHERE id = ?")
      for row in snapshot.patients {
        guard let identifier = row[0], let given = row[1], let family = row[2],
          let kind = validator.explain(identifier, today: today).kind,
          let born = row[3].flatMap(FHIRMedicationList.civilDate)
        else { continue }
        let sexAndHome = SexAndHome(sex: row[4], municipality: row[5])
        if let code = sexAndHome.municipalityCode, municipalities.insert(code).inserted { try PatientWriter.keepMunicipality(code: code, in: store.db) }
        let record = PatientRecord(
          name: PersonName(given: given, middle: nil, family: family), birthDate: born, sex: sexAndHome.sex,
          identifier: identifier, identifierKind: kind, municipalityCode: sexAndHome.municipalityCode, gpIndex: nil, cave: [],
          contacts: [])
        let id = try writer.insert(record, gpID: nil)
        if let office = row[6] { try gpOffice.bind(1, office).bind(2, id).run() }
        ids[identifier] = id
        if syncedBefore { try news.patientArrived(id, at: Date()) }
        outcome.patients += 1
      }
      for row in snapshot.changes {
        guard let kind = row[0], let patient = row[1].flatMap({ ids[$0] }), let opID = row[2], let payload = row[3],
          let object = try? JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: Any]
        else { continue }
        if try SyncPull.apply(kind, opID: opID, object, seq: row[4].flatMap { Int64($0) }, for: patient, in: store.db) {
          outcome.changes += 1
        }
      }
      try CareBasis(db: store.db).allInCare()
      try store.db.execute(SearchIndexes.create)
      try store.db.execute(SearchIndexes.rebuildNames)
      try StoreMeta.set(SyncPull.cursorKey, snapshot.cursor, in: store.db)
    }
    return outcome
  }
}
