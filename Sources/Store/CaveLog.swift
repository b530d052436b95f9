import Clinical
import Foundation

/// Registers critical information (CAVE). Entries are never deleted here; a wrong entry is
/// corrected by a new one, as clinical history is never removed.
public struct CaveLog {
  let store: PatientStore

  public init(store: PatientStore) { self.store = store }

  public func register(_ e: CaveEntry, for patientID: Int64, at time: Date = Date()) throws(StoreError) {
    let db = store.db
    try db.inTransaction { () throws(StoreError) in
      let outbox = Outbox(db: db)
      let opID = try outbox.keepsOperations() ? UUID().uuidString.lowercased() : nil
      try Self.insert(e, for: patientID, opID: opID, in: db)
      if let opID { try outbox.append(.cave, patientID: patientID, payload: CaveSync.payload(e), at: time, opID: opID) }
    }
  }

  /// Writes one entry; `origin` names the record it came from when sync brought it.
  static func insert(_ e: CaveEntry, for patientID: Int64, opID: String?, in db: SQLiteDatabase) throws(StoreError) {
    try db.statement(
      """
      INSERT INTO cave_entry(patient_id, category, agent, reaction, severity, certainty,
        registered_by, registered_on, op_id, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """
    ).bind(1, patientID).bind(2, e.category.rawValue).bind(3, e.agent).bind(4, e.reaction)
      .bind(5, e.severity.rawValue).bind(6, e.certainty.rawValue).bind(7, e.registeredBy)
      .bind(8, e.registeredOn.ordinal).bind(9, opID).bind(10, e.origin).run()
  }

  /// A doctor here has read the entries other records brought and lets them stand: the
  /// conflicts about them close. Returns how many.
  @discardableResult
  public func reconcile(_ patientID: Int64, by clinician: Clinician, at time: Date) throws(StoreError) -> Int {
    try SyncConflicts(db: store.db).resolveAll(.cave, patientID: patientID, by: "\(clinician.name), \(clinician.role)", at: time).count
  }
}
