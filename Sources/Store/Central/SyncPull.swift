import Clinical
import Foundation

/// One pull: pages of what the server stored after this store's cursor, each page applied and
/// the new cursor kept in one local transaction, so a crash repeats a page rather than skipping
/// one. A set already here (pushed from here, or pulled before) is recognised by its operation id.
/// A care relation the organisation began brings the patient's whole record, fetched before the
/// page is applied, so what other organisations wrote earlier follows the patient here; one that
/// ended closes the chart here when the server's relation ends. The first page brings the
/// organisation's wards when their setup changed (`WardSync`), and the places the municipality
/// offers a nursing home (`PlaceOfferSync`).
public enum SyncPull {
  public static let cursorKey = "sync.pull-cursor"

  /// Returns how many changes were taken in (a conflicting medication list among them).
  public static func pull(
    _ store: PatientStore, _ connection: CentralConnection, token: String, page: Int = 1_000, today: CivilDate = Today.civilDate()
  ) throws -> Int {
    var added = 0
    var firstPage = true
    while true {
      let after = try store.meta(cursorKey) ?? "0"
      let known = firstPage ? try store.meta(WardSync.versionKey) : nil
      let offerCursor = firstPage ? try store.meta(PlaceOfferSync.cursorKey) : nil
      let (setup, offers, rows) = try connection.transaction(as: token) {
        () throws(CentralError) -> (WardSync.Setup?, [[String?]], [[String?]]) in
        let setup = firstPage ? try WardSync.fetchIfChanged(connection, known: known) : nil
        let offers = firstPage ? try PlaceOfferSync.fetch(connection, after: offerCursor) : []
        return (
          setup, offers,
          try connection.query("SELECT seq::text, kind, patient, op_id::text, payload::text FROM api.pull($1::bigint, $2)", [after, String(page)])
        )
      }
      firstPage = false
      // A new ward setup counts as a change, as does a change of the waiting list: the census
      // is drawn again.
      if setup != nil || !offers.isEmpty {
        try store.db.inTransaction { () throws(StoreError) in
          if let setup {
            try WardSync.keep(setup, in: store)
            added += 1
          }
          added += try PlaceOfferSync.keep(offers, in: store, today: today)
        }
      }
      guard let last = rows.last?[0] ?? nil else { return added }
      let changes = rows.map { row in
        (row: row, object: row[4].flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] })
      }
      // Fetched first: a crash before the page is kept fetches again, which changes nothing. A
      // relation begun or in force again is fetched; one that ended says when it ends.
      let begun = changes.filter { $0.row[1] == "care-relation" && $0.object.map { !CareBasis.ended($0) } == true }
      var fetched = Set<String>()
      for identifier in begun.compactMap({ $0.row[2] }) where fetched.insert(identifier).inserted {
        let heldBefore = try patientID(identifier, in: store.db) != nil
        let record = try PatientFetch.fetchCounting(store, connection, token: token, identifier: identifier, today: today)
        try CareBasis(db: store.db).inCare(record.patientID)
        // A patient new here is a change even with an empty record: the lookup shows them.
        if !heldBefore {
          try ChartNews(db: store.db).patientArrived(record.patientID, at: Date())
          added += 1
        }
        added += record.changes
      }
      try store.db.inTransaction { () throws(StoreError) in
        for (row, object) in changes {
          guard let kind = row[1], let identifier = row[2], let object, let patientID = try patientID(identifier, in: store.db)
          else { continue }
          // A relation has no operation behind it.
          guard try apply(kind, opID: row[3] ?? "", object, seq: row[0].flatMap { Int64($0) }, for: patientID, in: store.db)
          else { continue }
          added += 1
          // A note new here is news; one that came with a fetched record above is history.
          if kind == "note", let opID = row[3] { try ChartNews(db: store.db).noteArrived(opID: opID, at: Date()) }
        }
        try StoreMeta.set(cursorKey, last, in: store.db)
      }
    }
  }

  /// Takes one change the server stored into the caller's transaction, `seq` its number in the
  /// server's order; false when it was here already, or is of a kind this version does not know.
  static func apply(
    _ kind: String, opID: String, _ object: [String: Any], seq: Int64?, for patientID: Int64, in db: SQLiteDatabase
  ) throws(StoreError) -> Bool {
    switch kind {
    case "vitals": return try storeVitals(object, opID: opID, for: patientID, in: db)
    case "medication-list": return try MedicationListSync(db: db).pulled(opID, for: patientID, payload: object, at: Date()) != .known
    case "note": return try NoteSync(db: db).pulled(opID, for: patientID, payload: object)
    case "note-in-error": return try NoteSync(db: db).pulledInError(payload: object)
    case "cave": return try CaveSync(db: db).pulled(opID, for: patientID, payload: object, at: Date())
    case "case-step": return try CaseSync(db: db).pulled(opID, for: patientID, payload: object, at: Date())
    case "demographics": return try DemographicsSync(db: db).pulled(opID, for: patientID, payload: object, at: Date())
    case "care-relation": return try CareBasis(db: db).pulledRelation(object, for: patientID)
    case "dose": return try DoseLog(db: db).pulled(opID, for: patientID, payload: object, at: Date())
    case "triage": return try TriageSync(db: db).pulled(opID, for: patientID, payload: object)
    case "stay": return try StaySync(db: db).pulled(opID, for: patientID, payload: object, seq: seq, at: Date())
    default: return false
    }
  }

  /// The patient this store holds under `identifier`, if any.
  static func patientID(_ identifier: String, in db: SQLiteDatabase) throws(StoreError) -> Int64? {
    let s = try db.statement("SELECT patient_id FROM identifier WHERE value = ?").bind(1, identifier)
    defer { s.reset() }
    return try s.step() ? s.int(0) : nil
  }

  /// A vital-sign set, unless this store has it already (made here, or pulled before).
  private static func storeVitals(_ object: [String: Any], opID: String, for patientID: Int64, in db: SQLiteDatabase) throws(StoreError) -> Bool {
    guard let values = object["vitals"] as? [String: Any] else { return false }
    let known = try db.statement("SELECT 1 FROM vital_signs WHERE op_id = ?").bind(1, opID)
    let seen = try known.step()
    known.reset()
    if seen { return false }
    let takenAt = (object["takenAt"] as? String).flatMap(FHIRTime.parse) ?? Date()
    try VitalsLog(db: db).insert(Self.signs(values), for: patientID, takenAt: takenAt, by: object["recordedBy"] as? String ?? "", opID: opID)
    return true
  }

  private static func signs(_ v: [String: Any]) -> VitalSigns {
    VitalSigns(
      respirationRate: v["respirationRate"] as? Int, oxygenSaturation: v["oxygenSaturation"] as? Int,
      scale: (v["scale"] as? Int) == 2 ? .two : .one, onOxygen: v["onOxygen"] as? Bool,
      systolicPressure: v["systolicPressure"] as? Int, pulse: v["pulse"] as? Int,
      consciousness: (v["consciousness"] as? String).flatMap(VitalSigns.Consciousness.init(rawValue:)),
      temperatureTenths: v["temperatureTenths"] as? Int)
  }
}
