import Clinical

/// What went wrong in the store, as a reason the user's language can name. Never carries a bound
/// value, so no patient data reaches a log or a message.
public enum StoreError: Error, Equatable, Sendable {
  /// The file cannot be opened or created (missing folder, no permission).
  case cannotOpen(path: String)
  /// The file is not an SQLite database, or it is damaged.
  case corrupt(path: String)
  /// Another program holds the store and did not let go in time.
  case locked
  /// The file or its folder is read-only: nothing can be written, not even the access log.
  case readOnly
  /// The disk is full: the last write was rolled back; nothing stored before is lost.
  case diskFull
  /// A safety setting (WAL, synchronous=FULL, foreign keys) could not be switched on.
  case unsafeSettings(String)
  /// The store was made by a newer version of the workstation.
  case newerSchema(found: Int, known: Int)
  /// A demo store opened as a real one, or the other way round.
  case wrongKind(expected: StoreKind, found: StoreKind)
  /// A synthetic (Tenor, SyntPop) number offered to a production store.
  case syntheticNumberInProductionStore
  /// A fødselsnummer or D-number of the real series offered to a demo store, which holds
  /// fictional people only.
  case realNumberInDemoStore
  /// Vital signs outside physiological bounds, or on SpO₂ scale 2 without a documented target.
  case refusedVitals
  /// No patient with that id.
  case patientNotFound
  /// A note that cannot be signed as it is (empty, too long, without the ICPC-2 code a contact
  /// needs, a code that does not exist, or an addendum to a note of another patient).
  case refusedNote
  /// A medication list with a line that names no well-formed ATC code, or an empty list signed.
  case refusedMedication
  /// Admitting into a bed someone already has.
  case bedOccupied
  /// Admitting a patient who already has a bed.
  case alreadyAdmitted
  /// Discharging or transferring a stay that is not open.
  case notAdmitted
  /// A discharge dated before the admission.
  case dischargeBeforeAdmission
  /// Withdrawing the admission of a patient not admitted twice: only a discharge ends their stay.
  case notAdmittedTwice
  /// A triage change the rules refuse: lowering the level without a reason, or no such visit.
  case refusedTriage
  /// A dose with no amount, or given in the future.
  case refusedDose
  /// No signed note with that id for that patient.
  case noteNotFound
  /// No service case with that id.
  case caseNotFound
  /// A case step that makes no sense where the case stands.
  case refusedStep(CaseLifecycle.Refusal)
  /// A decision that cannot be made as it is (hours above 168, end before start, no reason).
  case refusedDecision(ServiceDecision.Problem)
  /// A name with an empty given or family name, one longer than 100 characters, or one with
  /// control characters.
  case refusedName
  /// A home municipality that is not a kommunenummer (four digits).
  case refusedMunicipality
  /// A FHIR bundle refused whole; the import report says which entry and field.
  case refusedImport
  /// Any other SQLite failure: the result code and SQLite's own text, which holds no values.
  case sqlite(code: Int32, message: String)
}
