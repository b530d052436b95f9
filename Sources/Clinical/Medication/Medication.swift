/// One medicine of the catalogue: substance and form with its ATC code, and the adult doses a
/// dose form is prefilled and checked with.
public struct Medication: Hashable, Sendable {
  public let atc: String
  public let name: String
  public let brands: [String]
  public let form: String
  public let route: Route
  public let usualDose: Dose?
  public let maxSingleDose: Dose?
  public let maxDailyDose: Dose?

  public init(
    atc: String, name: String, brands: [String], form: String, route: Route, usualDose: Dose?,
    maxSingleDose: Dose?, maxDailyDose: Dose?
  ) {
    self.atc = atc
    self.name = name
    self.brands = brands
    self.form = form
    self.route = route
    self.usualDose = usualDose
    self.maxSingleDose = maxSingleDose
    self.maxDailyDose = maxDailyDose
  }

  /// Routes of administration, named as on a Norwegian medication chart (kurve).
  public enum Route: String, Sendable, CaseIterable {
    case oral, sublingval, rektal, iv, im, sc, inhalasjon, nasal, okulær, vaginal, kutan
  }
}
