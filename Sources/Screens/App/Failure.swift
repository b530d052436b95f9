import Clinical

/// Why an effect failed, in terms the user's language can explain. The effect runner maps the
/// store's errors onto these; no patient data travels in them.
public enum Failure: Equatable, Sendable {
  case storeLocked
  case storeReadOnly
  case diskFull
  case storeCorrupt(path: String)
  case cannotOpen(path: String)
  case unsafeSettings(String)
  case newerSchema
  case wrongStoreKind(demoExpected: Bool)
  case syntheticNumberInProductionStore
  case realNumberInDemoStore
  case patientNotFound
  case refusedVitals
  case refusedNote
  case refusedDose
  case refusedMedication
  case refusedTriage
  case bedOccupied
  case alreadyAdmitted
  case notAdmitted
  case dischargeBeforeAdmission
  case notAdmittedTwice
  case noteNotFound
  case caseNotFound
  case refusedImport
  case refusedName
  /// A sex other than K (or F), M, or empty for not known.
  case refusedSex
  /// A home municipality that is not a kommunenummer (four digits), or empty for not known.
  case refusedMunicipality
  /// The record came by break-glass, and the access has run out.
  case breakGlassExpired
  /// The organisation's care relation ended and its days for documentation are over.
  case careRelationEnded
  /// On this home's waiting list only: the record comes with the admission.
  case waitingForPlace
  case refusedStep(CaseLifecycle.Refusal)
  case refusedDecision(ServiceDecision.Problem)
  case cannotWrite(path: String)
  case other(code: Int32, message: String)
}
