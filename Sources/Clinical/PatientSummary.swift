/// The chart's first view: identity, critical information, GP, contacts and who opened it.
public struct PatientSummary: Hashable, Sendable {
  public let listing: PatientListing
  public let gp: GeneralPractitioner?
  /// The GP office whose list the patient is on, as the server names it, when `gp` is not known
  /// here: a record from the server names no doctor.
  public let gpOffice: String?
  public let cave: [CaveEntry]
  public let contacts: [PatientContact]
  /// The latest openings of this chart, newest first.
  public let recentAccess: [ChartAccess]
  /// The latest sets of vital signs, newest first.
  public let vitals: [RecordedVitals]
  /// A documented hypercapnic target: SpO₂ is scored on NEWS2 scale 2.
  public let hypercapnicTarget: Bool
  /// Active problems: the diagnoses coded on signed notes, oldest first.
  public let problems: [DiagnosisCode]
  /// The latest signed notes, newest first.
  public let notes: [ClinicalNote]
  /// The latest doses given, newest first.
  public let doses: [GivenDose]
  /// The signed list "Legemidler i bruk" in force, stopped and paused lines included.
  public let medications: [MedicationLine]
  /// Medication lists recorded since the list was last signed, waiting for reconciliation.
  public let unreconciledSources: Int
  /// Versions of the list signed elsewhere at the same time as here, waiting for a clinician.
  public let medicationConflicts: Int
  /// CAVE entries from other records not yet checked here.
  public let caveConflicts: Int
  /// Fields of the name changed here and elsewhere at once, waiting for a clinician.
  public let nameConflicts: Int
  /// Municipal services granted and not ended, with hours and the next evaluation.
  public let services: [ActiveService]

  public init(
    listing: PatientListing, gp: GeneralPractitioner?, gpOffice: String? = nil, cave: [CaveEntry],
    contacts: [PatientContact], recentAccess: [ChartAccess], vitals: [RecordedVitals] = [],
    hypercapnicTarget: Bool = false, problems: [DiagnosisCode] = [], notes: [ClinicalNote] = [],
    doses: [GivenDose] = [], medications: [MedicationLine] = [], unreconciledSources: Int = 0,
    medicationConflicts: Int = 0, caveConflicts: Int = 0, nameConflicts: Int = 0, services: [ActiveService] = []
  ) {
    self.nameConflicts = nameConflicts
    self.listing = listing
    self.gp = gp
    self.gpOffice = gpOffice
    self.cave = cave
    self.contacts = contacts
    self.recentAccess = recentAccess
    self.vitals = vitals
    self.hypercapnicTarget = hypercapnicTarget
    self.problems = problems
    self.notes = notes
    self.doses = doses
    self.medications = medications
    self.unreconciledSources = unreconciledSources
    self.medicationConflicts = medicationConflicts
    self.caveConflicts = caveConflicts
    self.services = services
  }
}
