import Foundation
import Clinical

/// The fields of a CAVE registration, in Kjernejournal's order.
public enum CaveField: Int, CaseIterable, Sendable {
  case category, atc, agent, reaction, severity, certainty
}

/// Why a CAVE registration cannot be saved yet.
public enum CaveProblem: Equatable, Sendable {
  case chooseCategory, chooseSeverity, chooseCertainty, atcRequired, atcMalformed, required
}

/// A CAVE registration over a chart. Choices are typed as their number, so the form needs no
/// mouse and no list: 1–6 for the category, 1–4 for severity, 1–3 for certainty.
public struct CaveFormState: Equatable, Sendable {
  public let patient: PatientListing
  public var fields = FormFields<CaveField>(capacity: { $0 == .agent || $0 == .reaction ? 60 : 7 })

  public init(patient: PatientListing) { self.patient = patient }

  static let categories: [CaveEntry.Category] = [
    .drugReaction, .otherAllergy, .criticalCondition, .implant, .treatment, .other,
  ]
  static let severities: [CaveEntry.Severity] = [.lifeThreatening, .severe, .moderate, .mild]
  static let certainties: [CaveEntry.Certainty] = [.confirmed, .probable, .suspected]

  /// The choice typed as its number (1-based), if it is one.
  static func choice<T>(_ text: String, in options: [T]) -> T? {
    Int(text).flatMap { (1...options.count).contains($0) ? options[$0 - 1] : nil }
  }

  func text(_ field: CaveField) -> String {
    fields.text(field).trimmingCharacters(in: .whitespaces)
  }

  /// Each field's problem, for fields typed so far (`all` also flags empty required fields).
  func problems(all: Bool) -> [CaveField: CaveProblem] {
    var out: [CaveField: CaveProblem] = [:]
    let category = Self.choice(text(.category), in: Self.categories)
    for field in CaveField.allCases {
      let value = text(field)
      if value.isEmpty {
        let needed = field != .atc || category == .drugReaction
        if all && needed { out[field] = field == .atc ? .atcRequired : .required }
        continue
      }
      switch field {
      case .category: if category == nil { out[field] = .chooseCategory }
      case .severity: if Self.choice(value, in: Self.severities) == nil { out[field] = .chooseSeverity }
      case .certainty: if Self.choice(value, in: Self.certainties) == nil { out[field] = .chooseCertainty }
      case .atc: if !ATCCode.isWellFormed(value.uppercased()) { out[field] = .atcMalformed }
      case .agent, .reaction: break
      }
    }
    return out
  }

  /// The entry to register, when every field is right.
  func entry(by clinician: Clinician, on date: CivilDate) -> CaveEntry? {
    guard problems(all: true).isEmpty,
      let category = Self.choice(text(.category), in: Self.categories),
      let severity = Self.choice(text(.severity), in: Self.severities),
      let certainty = Self.choice(text(.certainty), in: Self.certainties)
    else { return nil }
    let atc = text(.atc).uppercased()
    return CaveEntry(
      category: category, agent: atc.isEmpty ? text(.agent) : "\(text(.agent)) (ATC \(atc))",
      reaction: text(.reaction), severity: severity, certainty: certainty,
      registeredBy: "\(clinician.name), \(clinician.role)", registeredOn: date)
  }
}
