import Clinical

/// Registers critical information (CAVE). Entries are never deleted here; a wrong entry is
/// corrected by a new one, as clinical history is never removed.
public struct CaveLog {
  let store: PatientStore

  public init(store: PatientStore) { self.store = store }

  public func register(_ e: CaveEntry, for patientID: Int64) throws(StoreError) {
    let db = store.db
    try db.inTransaction { () throws(StoreError) in
      try db.statement(
        """
        INSERT INTO cave_entry(patient_id, category, agent, reaction, severity, certainty,
          registered_by, registered_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """
      ).bind(1, patientID).bind(2, e.category.rawValue).bind(3, e.agent).bind(4, e.reaction)
        .bind(5, e.severity.rawValue).bind(6, e.certainty.rawValue).bind(7, e.registeredBy)
        .bind(8, e.registeredOn.ordinal).run()
    }
  }
}
