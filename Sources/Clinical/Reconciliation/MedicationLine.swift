/// One medicine on a list: as a source wrote it, or as the signed list "Legemidler i bruk" holds it.
public struct MedicationLine: Hashable, Sendable {
  public var atc: String
  /// The name as written on the list.
  public var drug: String
  /// The dose per administration as written ("80 mg"); compared through `Dose` when it parses.
  public var dose: String
  /// How often, as written ("1 x 2", "morgen og kveld", "ved behov"); compared folded.
  public var frequency: String
  public var route: Medication.Route
  public var indication: String
  public var start: CivilDate?
  public var prescriber: String
  public var status: MedicationStatus
  /// Why the signed list holds the line as it does: a changed dose, or going ahead past an alert.
  public var decisionReason: String
  /// On the signed list: the list the line was taken from ("discharge 25.11.2026").
  public var source: String

  public init(
    atc: String, drug: String, dose: String, frequency: String, route: Medication.Route = .oral,
    indication: String = "", start: CivilDate? = nil, prescriber: String = "",
    status: MedicationStatus = .active, decisionReason: String = "", source: String = ""
  ) {
    self.atc = atc
    self.drug = drug
    self.dose = dose
    self.frequency = frequency
    self.route = route
    self.indication = indication
    self.start = start
    self.prescriber = prescriber
    self.status = status
    self.decisionReason = decisionReason
    self.source = source
  }

  /// "Furosemid 80 mg 1 x 1 oral"
  public var summary: String { "\(drug) \(dose) \(frequency)".trimmingCharacters(in: .whitespaces) }
}

/// Whether a line is in use. Only `active` is in use: a paused or stopped line, and a medicine
/// not on the list at all, never reads as active.
public enum MedicationStatus: Hashable, Sendable {
  case active
  case paused(reason: String)
  case stopped(reason: String, on: CivilDate)

  public var isActive: Bool { self == .active }
}
