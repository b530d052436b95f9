import Clinical

/// Every stored set of one patient's vital signs with its NEWS2, newest first.
public struct VitalsHistoryState: Equatable, Sendable {
  public let patient: PatientListing
  public var list: PagedList<RecordedVitals>

  public init(patient: PatientListing, limit: Int) {
    self.patient = patient
    list = PagedList(limit: limit)
  }
}
