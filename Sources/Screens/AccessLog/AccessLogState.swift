import Clinical

/// Everyone who opened one patient's record, newest first: the list a patient may ask to see
/// (helsepersonelloven § 21a; pasientjournalforskriften § 14).
public struct AccessLogState: Equatable, Sendable {
  public let patient: PatientListing
  public var list: PagedList<ChartAccess>

  public init(patient: PatientListing, limit: Int) {
    self.patient = patient
    list = PagedList(limit: limit)
  }
}
