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
      guard try PatientReader(store: store).listings([patientID]).first != nil else {
        throw .patientNotFound
      }
      try db.statement(
        """
        INSERT INTO audit_event(at, user_id, user_name, role, organisation, patient_id, action,
          basis) VALUES (?, ?, ?, ?, ?, ?, 'chart.open', ?)
        """
      ).bind(1, Self.format(time)).bind(2, clinician.userID).bind(3, clinician.name)
        .bind(4, clinician.role).bind(5, clinician.organisation).bind(6, patientID)
        .bind(7, basis.rawValue).run()
      return try PatientReader(store: store).summary(patientID)
    }
  }

  /// UTC with milliseconds, ISO 8601: sorts as text and reads the same in every zone.
  static func format(_ date: Date) -> String {
    date.formatted(
      Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: TimeZone(identifier: "UTC")!))
  }

  static func parse(_ text: String) -> Date? {
    try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text)
  }
}
