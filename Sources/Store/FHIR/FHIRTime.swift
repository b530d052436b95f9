import Foundation

/// FHIR dateTime and instant: with seconds and a zone ("2026-11-27T09:30:00Z",
/// "…+01:00"), optionally with fractions.
enum FHIRTime {
  static func parse(_ text: String) -> Date? {
    if let d = try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)) { return d }
    return try? Date(text, strategy: Date.ISO8601FormatStyle())
  }

  /// UTC with milliseconds, as the store keeps times, so an export imports back to the same instant.
  static func format(_ date: Date) -> String { AuditLog.format(date) }
}
