import Clinical
import Foundation

/// Applications exported by the citizen portal as JSON (format in README.md):
///
///     {"applications": [{"patient": "01813911570", "applicant": "Anne Hansen (ektefelle)",
///       "service": 15, "reason": "…", "received": "2026-11-20", "urgent": false}]}
///
/// Read whole (files above 10 MB are refused before reading) and stored all or nothing.
public enum CitizenPortalApplications {
  public static let maximumBytes = 10 * 1024 * 1024

  /// One application with the identifier of the person it is for.
  public struct Entry: Equatable, Sendable {
    public let identifier: String
    public let application: ServiceApplication
  }

  public static func parse(_ data: Data, today: CivilDate) -> Result<[Entry], ApplicationImportProblem> {
    guard data.count <= maximumBytes else { return .failure(.init(.tooLarge(bytes: data.count))) }
    guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      return .failure(.init(.notJSON))
    }
    guard let list = root["applications"] as? [Any], !list.isEmpty else { return .failure(.init(.noApplications)) }
    var out: [Entry] = []
    for (index, item) in list.enumerated() {
      let n = index + 1
      guard let object = item as? [String: Any] else { return .failure(.init(entry: n, .invalid(field: "applications"))) }
      func text(_ field: String, max: Int) -> Result<String, ApplicationImportProblem> {
        guard let value = object[field] else { return .failure(.init(entry: n, .missing(field: field))) }
        guard let s = value as? String else { return .failure(.init(entry: n, .invalid(field: field))) }
        let trimmed = s.trimmingCharacters(in: .whitespacesAndNewlines)
        // Control characters never reach the store or the terminal.
        guard !trimmed.isEmpty, trimmed.count <= max, !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else { return .failure(.init(entry: n, .invalid(field: field))) }
        return .success(trimmed)
      }
      let fields = (text("patient", max: 11), text("applicant", max: 120), text("reason", max: 2_000), text("received", max: 10))
      let identifier: String, applicant: String, reason: String, received: String
      switch fields {
      case (.success(let a), .success(let b), .success(let c), .success(let d)):
        (identifier, applicant, reason, received) = (a, b, c, d)
      case (.failure(let p), _, _, _), (_, .failure(let p), _, _), (_, _, .failure(let p), _), (_, _, _, .failure(let p)):
        return .failure(p)
      }
      guard identifier.count == 11, IdentifierValidator.inForce(on: today).explain(identifier, today: today).problems.isEmpty else {
        return .failure(.init(entry: n, .invalid(field: "patient")))
      }
      guard let code = object["service"] as? Int else {
        return .failure(.init(entry: n, object["service"] == nil ? .missing(field: "service") : .invalid(field: "service")))
      }
      guard let service = MunicipalService(code: code) else { return .failure(.init(entry: n, .invalid(field: "service"))) }
      let parts = received.split(separator: "-").compactMap { Int($0) }
      guard parts.count == 3, let date = CivilDate(year: parts[0], month: parts[1], day: parts[2]), date <= today else {
        return .failure(.init(entry: n, .invalid(field: "received")))
      }
      var urgent = false
      if let value = object["urgent"] {
        guard let flag = value as? Bool else { return .failure(.init(entry: n, .invalid(field: "urgent"))) }
        urgent = flag
      }
      out.append(
        Entry(
          identifier: identifier,
          application: ServiceApplication(service: service, applicant: applicant, reason: reason, received: date, urgent: urgent)))
    }
    return .success(out)
  }
}

extension DecisionLog {
  /// Registers every application of the file, or none. A patient this store has not met is kept
  /// by number where the store syncs (`applicant`); a number that names no one, or one a demo
  /// store does not hold, refuses the file.
  public func register(
    _ entries: [CitizenPortalApplications.Entry], by clinician: Clinician, at time: Date
  ) throws(StoreError) -> Result<Int, ApplicationImportProblem> {
    var refused: Int?
    do {
      return try db.inTransaction { () throws(StoreError) -> Result<Int, ApplicationImportProblem> in
        var ids: [Int64] = []
        for (index, entry) in entries.enumerated() {
          do throws(StoreError) {
            ids.append(try applicant(identifier: entry.identifier, on: Today.civilDate(time)))
          } catch .patientNotFound {
            // Thrown on, so nothing of the file stays: not even the patients kept for the entries before.
            refused = index + 1
            throw .patientNotFound
          }
        }
        for (entry, id) in zip(entries, ids) {
          try take(.received(entry.application, officer: nil, origin: CaseEventDetail.citizenPortalOrigin), on: nil, patientID: id, by: clinician.name, at: time)
        }
        return .success(entries.count)
      }
    } catch .patientNotFound {
      guard let refused else { throw .patientNotFound }
      return .failure(.init(entry: refused, .unknownPatient))
    }
  }
}
