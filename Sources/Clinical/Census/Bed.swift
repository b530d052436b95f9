import Foundation

/// One bed of a ward and, when occupied, the stay in it.
public struct Bed: Hashable, Sendable {
  public let id: Int64
  public let ward: String
  /// "101 A": room and bed as the ward names them.
  public let label: String
  public let stayType: StayType
  public let occupant: Occupant?
  /// Stays put in this bed after the occupant, at another workstation at the same time: each
  /// a bed conflict until one of them is moved or discharged.
  public let displaced: [Occupant]

  public init(id: Int64, ward: String, label: String, stayType: StayType, occupant: Occupant?, displaced: [Occupant] = []) {
    self.id = id
    self.ward = ward
    self.label = label
    self.stayType = stayType
    self.occupant = occupant
    self.displaced = displaced
  }

  /// The patient in the bed, their stay, and what the census line shows of them.
  public struct Occupant: Hashable, Sendable {
    public let stayID: Int64
    public let patient: PatientListing
    public let stayType: StayType
    public let admitted: CivilDate
    public let expectedDischarge: CivilDate?
    /// The latest NEWS2 totals, oldest first, for the trend.
    public let news2: [Int]
    public let hasCave: Bool
    public let fallRisk: Bool
    /// The bed of this patient's other stay, when two workstations admitted the patient at once:
    /// a conflict until one of the two is withdrawn.
    public let alsoAdmittedIn: String?
    /// The home that took the place from the waiting list this patient was admitted from, at the
    /// same time at another home: a conflict until one of the two admissions is withdrawn.
    public let placeTakenBy: String?
    /// The municipality that ended the place this patient was admitted to, at the same time.
    public let placeEndedBy: String?

    public init(
      stayID: Int64, patient: PatientListing, stayType: StayType, admitted: CivilDate,
      expectedDischarge: CivilDate?, news2: [Int], hasCave: Bool, fallRisk: Bool, alsoAdmittedIn: String? = nil,
      placeTakenBy: String? = nil, placeEndedBy: String? = nil
    ) {
      self.placeEndedBy = placeEndedBy
      self.alsoAdmittedIn = alsoAdmittedIn
      self.placeTakenBy = placeTakenBy
      self.stayID = stayID
      self.patient = patient
      self.stayType = stayType
      self.admitted = admitted
      self.expectedDischarge = expectedDischarge
      self.news2 = news2
      self.hasCave = hasCave
      self.fallRisk = fallRisk
    }

    /// An admission made twice (here, or at another home that took the place) or to a place that
    /// had ended: it is withdrawn, not discharged.
    public var isWithdrawable: Bool { alsoAdmittedIn != nil || placeTakenBy != nil || placeEndedBy != nil }

    /// Days since admission: the day of admission is day 0, as bed statistics count nights.
    public func lengthOfStay(on today: CivilDate) -> Int { today.dayNumber - admitted.dayNumber }
  }
}
