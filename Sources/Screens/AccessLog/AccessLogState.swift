import Clinical

/// Everyone who opened one patient's record, newest first: the list a patient may ask to see
/// (helsepersonelloven § 21a; pasientjournalforskriften § 14).
public struct AccessLogState: Equatable, Sendable {
  public let patient: PatientListing
  public var entries: [ChartAccess] = []
  public var selection = 0
  /// How many rows were asked for; one more than shown tells that there are more.
  public var limit: Int

  public init(patient: PatientListing, limit: Int) {
    self.patient = patient
    self.limit = limit
  }

  public var hasMore: Bool { entries.count >= limit }
}
