import Clinical

/// Every stored set of one patient's vital signs with its NEWS2, newest first.
public struct VitalsHistoryState: Equatable, Sendable {
  public let patient: PatientListing
  public var sets: [RecordedVitals] = []
  public var selection = 0
  /// Rows asked for; one more than shown tells that there are more.
  public var limit: Int

  public init(patient: PatientListing, limit: Int) {
    self.patient = patient
    self.limit = limit
  }

  public var hasMore: Bool { sets.count >= limit }
}
