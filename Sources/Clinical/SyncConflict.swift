import Foundation

/// A change made in two places at once that sync will not merge: it waits for a clinician, who
/// resolves it where the record is kept (a medication list on the reconciliation screen).
public struct SyncConflict: Equatable, Sendable {
  public enum Kind: String, Sendable {
    /// The list of medicines in use was signed here and elsewhere on top of the same version.
    case medicationList = "medication-list"
    /// Critical information registered in another record: shown at once, and checked here.
    case cave
    /// A step of a service case was taken here and elsewhere on top of the same step; the
    /// other one was first to the server.
    case serviceCase = "service-case"
    /// A field of the patient's name was changed here and elsewhere on top of the same value.
    case demographics
    /// Two stays stand in one bed (admitted or moved there at two workstations at once), or
    /// one patient was admitted at two at once. The stay the server took first holds the bed;
    /// this one waits to be moved or discharged.
    case bed
    /// Two nurses set a walk-in's level at once, neither seeing the other's, and the levels
    /// differ. The visit stands at the more urgent one until a nurse sets it again.
    case triage
  }

  public let id: Int64
  public let patient: PatientListing
  public let kind: Kind
  /// Who made the other version, and when ("Lege Lise Berg, lege 27.11.2026 14:02").
  public let origin: String
  public let detectedAt: Date
  /// The service case a case conflict concerns.
  public let caseID: Int64?
  /// The stay a bed conflict concerns.
  public let stayID: Int64?
  /// The legevakt visit a triage conflict concerns.
  public let visitID: Int64?

  public init(
    id: Int64, patient: PatientListing, kind: Kind, origin: String, detectedAt: Date, caseID: Int64? = nil, stayID: Int64? = nil,
    visitID: Int64? = nil
  ) {
    self.caseID = caseID
    self.stayID = stayID
    self.visitID = visitID
    self.id = id
    self.patient = patient
    self.kind = kind
    self.origin = origin
    self.detectedAt = detectedAt
  }
}
