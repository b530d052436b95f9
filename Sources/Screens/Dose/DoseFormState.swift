import Clinical
import Foundation

/// The fields of the dose form, in the order a nurse fills them in.
public enum DoseField: Int, CaseIterable, Sendable {
  case drug, dose, route, time
}

/// Why a dose cannot be recorded yet.
public enum DoseProblem: Error, Equatable, Sendable {
  case pickDrug, badDose, chooseRoute, badTime
}

/// Recording a dose given, over the chart. The drug is found by its first letters and picked
/// with Enter, which fills in the usual dose and the route; the time is now unless changed.
public struct DoseFormState: Equatable, Sendable {
  public let patient: PatientListing
  public let cave: [CaveEntry]
  public var fields = FormFields<DoseField>(capacity: { $0 == .drug ? 40 : ($0 == .dose ? 20 : 5) })
  public var matches: [Medication] = []
  public var selection = 0
  public var medication: Medication?
  /// Doses given in the last 24 hours, for the daily-dose check.
  public var recent: [GivenDose] = []
  /// When the form was opened, from the runner's clock; the time field starts here.
  public var now: Date?

  public init(patient: PatientListing, cave: [CaveEntry]) {
    self.patient = patient
    self.cave = cave
  }

  static let routes = Medication.Route.allCases
  static let visibleMatches = 6

  /// The dose as typed, with its problems, ready to record.
  func given(by clinician: Clinician) -> Result<(Medication, GivenDose), DoseProblem> {
    guard let medication else { return .failure(.pickDrug) }
    guard let dose = Dose(fields.text(.dose)) else { return .failure(.badDose) }
    guard let route = CaveFormState.choice(fields.text(.route).trimmingCharacters(in: .whitespaces), in: Self.routes) else {
      return .failure(.chooseRoute)
    }
    guard let now, let at = ClockTime.resolve(fields.text(.time), now: now) else { return .failure(.badTime) }
    return .success(
      (medication,
       GivenDose(atc: medication.atc, medication: medication.name, dose: dose, route: route, givenAt: at,
                 givenBy: "\(clinician.name), \(clinician.role)")))
  }
}
