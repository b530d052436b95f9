import Foundation

/// A dose administered: what, how much, how, when and by whom. Written once; a wrong entry is
/// corrected by a new one, never changed.
public struct GivenDose: Hashable, Sendable {
  public let atc: String
  public let medication: String
  public let dose: Dose
  public let route: Medication.Route
  public let givenAt: Date
  public let givenBy: String

  public init(atc: String, medication: String, dose: Dose, route: Medication.Route, givenAt: Date, givenBy: String) {
    self.atc = atc
    self.medication = medication
    self.dose = dose
    self.route = route
    self.givenAt = givenAt
    self.givenBy = givenBy
  }
}
