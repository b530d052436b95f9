import Clinical
import Foundation

/// The access log. A chart is shown only after its opening is logged: when the row cannot be
/// written (read-only store, full disk) the chart stays closed.
public struct AuditLog {
  let store: PatientStore

  public init(store: PatientStore) { self.store = store }

  /// Logs the opening and reads the summary in one transaction.
  public func openChart(
    _ patientID: Int64, by clinician: Clinician, basis: AccessBasis, at time: Date
  ) throws(StoreError) -> PatientSummary {
    let db = store.db
    return try db.inTransaction { () throws(StoreError) -> PatientSummary in
      // A cheap existence check first, so a wrong id is named as such, not as a key failure.
      let exists = try db.statement("SELECT EXISTS (SELECT 1 FROM patient WHERE id = ?)")
        .bind(1, patientID)
      _ = try exists.step()
      let found = exists.int(0) == 1
      exists.reset()
      guard found else { throw .patientNotFound }
      try db.statement(
        """
        INSERT INTO audit_event(at, user_id, user_name, role, organisation, patient_id, action,
          basis) VALUES (?, ?, ?, ?, ?, ?, 'chart.open', ?)
        """
      ).bind(1, Self.format(time)).bind(2, clinician.userID).bind(3, clinician.name)
        .bind(4, clinician.role).bind(5, clinician.organisation).bind(6, patientID)
        .bind(7, basis.rawValue).run()
      try Outbox(db: db).append(
        .chartOpened, patientID: patientID,
        payload: ["at": Self.format(time), "user": clinician.userID, "basis": basis.rawValue], at: time)
      return try PatientReader(store: store).summary(patientID)
    }
  }

  /// Logs that the record was exported whole (`workstation export`): an export is an access,
  /// and the patient may ask who took a copy.
  public func recordExport(_ patientID: Int64, by clinician: Clinician, at time: Date) throws(StoreError) {
    try store.db.statement(
      """
      INSERT INTO audit_event(at, user_id, user_name, role, organisation, patient_id, action,
        basis) VALUES (?, ?, ?, ?, ?, ?, 'export', ?)
      """
    ).bind(1, Self.format(time)).bind(2, clinician.userID).bind(3, clinician.name)
      .bind(4, clinician.role).bind(5, clinician.organisation).bind(6, patientID)
      .bind(7, AccessBasis.export.rawValue).run()
  }

  /// True when `user` opened the chart of the patient with `identifier` at or after `since`:
  /// the goal check of a training scenario.
  public func chartOpened(identifier: String, by user: String, since: Date) throws(StoreError) -> Bool {
    let s = try store.db.statement(
      """
      SELECT EXISTS (SELECT 1 FROM audit_event a JOIN identifier i ON i.patient_id = a.patient_id
        WHERE i.value = ? AND a.user_id = ? AND a.action = 'chart.open' AND a.at >= ?)
      """
    ).bind(1, identifier).bind(2, user).bind(3, Self.format(since))
    defer { s.reset() }
    _ = try s.step()
    return s.int(0) == 1
  }

  /// UTC with milliseconds, ISO 8601: sorts as text and reads the same in every zone.
  static func format(_ date: Date) -> String {
    date.formatted(
      Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: TimeZone(identifier: "UTC")!))
  }

  static func parse(_ text: String) -> Date? { StoredTime.parse(text) }
}
