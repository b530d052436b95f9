/// A written list of what a patient uses, gathered for reconciliation: where it came from, when,
/// and its lines. A multidose list is a dispensing record: it shows what was packed, not what was
/// taken, so a medicine only it holds is not taken as in use.
public struct MedicationSource: Hashable, Sendable {
  public enum Kind: String, Sendable, CaseIterable {
    case gpList = "gp-list"
    case discharge
    case multidose
    case nursingHome = "nursing-home"
    case patientAccount = "patient-account"
    /// The same patient's list changed in another record at the same time (delivered by sync):
    /// never merged, always reconciled.
    case otherRecord = "other-record"

    public var isDispensingOnly: Bool { self == .multidose }
  }

  public let id: Int64
  public let kind: Kind
  public let date: CivilDate
  /// Who produced it: "St. Olavs hospital, kardiologisk avdeling", "Trondheim sykehjem".
  public let origin: String
  public let lines: [MedicationLine]

  public init(id: Int64, kind: Kind, date: CivilDate, origin: String, lines: [MedicationLine]) {
    self.id = id
    self.kind = kind
    self.date = date
    self.origin = origin
    self.lines = lines
  }
}
