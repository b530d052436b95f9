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

/// Recording a dose given, over the chart. The drug is found by its first letters, the patient's
/// own list first, and picked with Enter, which fills in the dose (the list's, else the usual one)
/// and the route; the time is now unless changed.
public struct DoseFormState: Equatable, Sendable {
  public let patient: PatientListing
  public let cave: [CaveEntry]
  /// The active lines of the signed medication list.
  public let patientList: [MedicationLine]
  public var fields = FormFields<DoseField>(capacity: { $0 == .drug ? 40 : ($0 == .dose ? 20 : 5) })
  public var matches: [DoseOption] = []
  public var selection = 0
  public var medication: Medication?
  /// The signed list's line for the picked medicine, when it is on the list.
  public var listLine: MedicationLine?
  /// Doses given in the last 24 hours, for the daily-dose check.
  public var recent: [GivenDose] = []
  /// When the form was opened, from the runner's clock; the time field starts here.
  public var now: Date?

  public init(patient: PatientListing, cave: [CaveEntry], medications: [MedicationLine] = []) {
    self.patient = patient
    self.cave = cave
    patientList = medications.filter(\.status.isActive)
  }

  /// The patient's own medicines matching the typed letters, then the catalogue's.
  func options(for typed: String) -> [DoseOption] {
    let words = NameKey.words(typed)
    guard !words.isEmpty else { return [] }
    let catalogue = MedicationCatalogue.shipped
    let own = patientList.filter { line in
      let names = NameKey.words(line.drug) + (catalogue.medications.first { $0.atc == line.atc }.map { $0.brands.flatMap(NameKey.words) } ?? [])
      return words.allSatisfy { w in names.contains { $0.hasPrefix(w) } }
    }.map { line in
      DoseOption(
        medication: catalogue.medications.first { $0.atc == line.atc }
          ?? Medication(
            atc: line.atc, name: line.drug, brands: [], form: "", route: line.route,
            usualDose: Dose(line.dose), maxSingleDose: nil, maxDailyDose: nil),
        listLine: line)
    }
    let listed = Set(own.map(\.medication.atc))
    return own + catalogue.search(typed, limit: 50).filter { !listed.contains($0.atc) }.map { DoseOption(medication: $0, listLine: nil) }
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

/// A medicine to pick in the dose form: from the catalogue, with the patient's list line when
/// the patient uses it.
public struct DoseOption: Equatable, Sendable {
  public let medication: Medication
  public let listLine: MedicationLine?
}
