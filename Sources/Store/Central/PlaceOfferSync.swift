import Clinical
import Foundation

/// Places the municipality granted, offered by the server to each of its nursing homes
/// (`CentralSchema.v23`): the patient joins this home's waiting list, ranked by need as a
/// letter written here would rank them, and leaves it when another home admits them or the
/// municipality ends the place (or changes the decision on appeal, whose new letter may offer
/// the place again, perhaps of another kind: `CentralSchema.v25`); a patient admitted here at
/// the same time is a conflict on the stay (`StaySync.settle`). Fetched in the pull's first
/// transaction after a cursor of its own, and kept with the ward setup.
///
/// A patient new to this store is kept with the name and number the offer carries, marked as
/// held for the offer alone: their chart has nothing to show (the home has no care relation yet)
/// and does not open until the admission begins one and brings the record. When the place goes
/// to another home, such a patient is removed again (`RecordPurge`).
enum PlaceOfferSync {
  static let cursorKey = "sync.offer-cursor"

  /// A waiting-list entry `w` whose place another home took or the municipality ended: a stay
  /// admitted from it here is a conflict until withdrawn.
  static let placeLost = "(w.placed_with IS NOT NULL OR w.place_ended_by IS NOT NULL)"

  /// Offers made or taken after `cursor`, inside the caller's transaction as the user; empty
  /// for any organisation but a nursing home.
  static func fetch(_ connection: CentralConnection, after cursor: String?) throws(CentralError) -> [[String?]] {
    try connection.query(
      """
      SELECT seq::text, case_uid::text, identifier, given, family, birth_date::text, stay_type, since::text,
        need_tenths::text, taken_by, to_char(taken_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), taken_here::text,
        ended_by, to_char(ended_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
      FROM api.place_offers($1::bigint)
      """, [cursor ?? "0"])
  }

  /// Keeps the offers inside the caller's local transaction; returns how many changed the
  /// waiting list here.
  static func keep(_ offers: [[String?]], in store: PatientStore, today: CivilDate) throws(StoreError) -> Int {
    guard let last = offers.last?[0] ?? nil else { return 0 }
    var changed = 0
    var lostHere: String?
    for row in offers {
      guard let caseUID = row[1], let identifier = row[2] else { continue }
      // Taken by this home: the stay that took it marks the entry, here or when pulled.
      if row[11] == "true" { continue }
      if let home = row[9] {
        try store.db.statement("UPDATE bed_waiting SET placed_with = ?, placed_at = ? WHERE case_uid = ?")
          .bind(1, home).bind(2, row[10]).bind(3, caseUID).run()
        changed += store.db.changes
        let admitted = try store.db.statement("SELECT 1 FROM bed_waiting WHERE case_uid = ? AND admitted_stay IS NOT NULL").bind(1, caseUID)
        if try admitted.step() { lostHere = home }
        admitted.reset()
        continue
      }
      if let municipality = row[12] {
        try store.db.statement("DELETE FROM bed_waiting WHERE case_uid = ? AND admitted_stay IS NULL").bind(1, caseUID).run()
        changed += store.db.changes
        try store.db.statement(
          "UPDATE bed_waiting SET place_ended_by = ?, place_ended_at = ? WHERE case_uid = ? AND admitted_stay IS NOT NULL"
        ).bind(1, municipality).bind(2, row[13]).bind(3, caseUID).run()
        if store.db.changes > 0 { lostHere = municipality }
        continue
      }
      guard let type = row[6].flatMap(StayType.init(rawValue:)), let since = row[7].flatMap(FHIRMedicationList.civilDate),
        let patientID = try patient(identifier, given: row[3], family: row[4], born: row[5], in: store, today: today)
      else { continue }
      try store.db.statement(
        """
        INSERT INTO bed_waiting(patient_id, stay_type, since, need_tenths, case_uid) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT(case_uid) WHERE case_uid IS NOT NULL DO UPDATE SET stay_type = excluded.stay_type,
          need_tenths = excluded.need_tenths, since = excluded.since
        WHERE admitted_stay IS NULL
          AND (stay_type, need_tenths, since) IS NOT (excluded.stay_type, excluded.need_tenths, excluded.since)
        """
      ).bind(1, patientID).bind(2, type.rawValue).bind(3, since.ordinal).bind(4, row[8].flatMap { Int64($0) })
        .bind(5, caseUID).run()
      changed += store.db.changes
    }
    // Admitted here while another home took the place, or the municipality ended it: a
    // conflict on the stay.
    if let who = lostHere { try StaySync(db: store.db).settle(by: who, at: Date()) }
    try StoreMeta.set(cursorKey, last, in: store.db)
    return changed
  }

  /// The patient by number; one new here is kept by number with the offer's name, pending the
  /// server's record (`PatientByNumber`). Nil for a number that names no one (nothing a server
  /// should send).
  private static func patient(
    _ identifier: String, given: String?, family: String?, born: String?, in store: PatientStore, today: CivilDate
  ) throws(StoreError) -> Int64? {
    if let found = try SyncPull.patientID(identifier, in: store.db) { return found }
    guard let given, let family else { return nil }
    do {
      let patientID = try PatientByNumber(db: store.db).keep(
        identifier, named: PersonName(given: given, middle: nil, family: family), born: born.flatMap(FHIRMedicationList.civilDate),
        on: today)
      try store.db.statement("UPDATE patient SET held_for_offer = 1 WHERE id = ?").bind(1, patientID).run()
      return patientID
    } catch .patientNotFound {
      return nil
    }
  }
}
