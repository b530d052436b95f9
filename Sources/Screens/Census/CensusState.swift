import Clinical

/// The ward census: every bed with its occupant, the waiting list, today's movements, and the
/// question under the list when admitting, transferring or discharging.
public struct CensusState: Equatable, Sendable {
  public var beds: [Bed] = []
  public var waiting: [WaitingPatient] = []
  public var movements = Movements(admitted: 0, discharged: 0, expected: 0)
  /// The selected line (see `lines`).
  public var selection = 0
  public var prompt: CensusPrompt?
  public var isLoaded = false
  /// The stay to select once the census is loaded (a bed conflict opened from the conflicts).
  var selectingStay: Int64?

  public init(selectingStay: Int64? = nil) { self.selectingStay = selectingStay }

  /// One line per bed, and one more for each stay merged into a bed after its occupant.
  public var lines: [Line] {
    beds.flatMap { bed in [Line(bed: bed, occupant: bed.occupant, isDisplaced: false)] + bed.displaced.map { Line(bed: bed, occupant: $0, isDisplaced: true) } }
  }

  public var selected: Line? {
    let lines = lines
    return lines.indices.contains(selection) ? lines[selection] : nil
  }

  /// A bed and the stay on this line: its occupant, none when free, or a stay in conflict for it.
  public struct Line: Equatable, Sendable {
    public let bed: Bed
    public let occupant: Bed.Occupant?
    public let isDisplaced: Bool
  }

  /// A patient waiting for a bed, and for which kind of stay.
  public struct WaitingPatient: Equatable, Sendable {
    public let id: Int64
    public let patient: PatientListing
    public let stayType: StayType
    public let since: CivilDate

    public init(id: Int64, patient: PatientListing, stayType: StayType, since: CivilDate) {
      self.id = id
      self.patient = patient
      self.stayType = stayType
      self.since = since
    }
  }

  public struct Movements: Equatable, Sendable {
    public let admitted: Int
    public let discharged: Int
    public let expected: Int

    public init(admitted: Int, discharged: Int, expected: Int) {
      self.admitted = admitted
      self.discharged = discharged
      self.expected = expected
    }
  }
}

/// Admit (a waiting-list number, or a birth number), transfer (the bed to move to), or discharge
/// (the destination's number).
public struct CensusPrompt: Equatable, Sendable {
  /// `withdraw`: one of two stays of a patient admitted twice at once; nothing to type.
  public enum Kind: Equatable, Sendable { case admit, transfer, discharge, withdraw }
  public let kind: Kind
  public let bedID: Int64
  /// The stay moved, discharged or withdrawn.
  public let stayID: Int64?
  public var input: PromptFields

  /// `suggested`: the waiting-list number to admit unless another is typed.
  init(kind: Kind, bedID: Int64, stayID: Int64? = nil, suggested: Int? = nil) {
    self.kind = kind
    self.bedID = bedID
    self.stayID = stayID
    // A destination is one digit, so typing another replaces the suggested one.
    let capacity: Int
    switch kind {
    case .admit: capacity = 11
    case .transfer: capacity = 10
    case .discharge: capacity = 1
    case .withdraw: capacity = 0
    }
    var field = TextField(capacity: capacity)
    // Home is the usual destination.
    if kind == .discharge { field.insert("1") }
    if kind == .admit, let suggested { field.insert(String(suggested)) }
    input = PromptFields([field])
  }
}

/// Length-of-stay statistics: completed stays by quarter for one stay type, one municipality
/// against the region.
public struct CensusStatsState: Equatable, Sendable {
  public var aggregates: [LengthOfStay.Aggregate] = []
  public var openStays = 0
  public var stayType = StayType.shortTerm
  public var municipality: String?
  /// The municipality of the home's wards.
  var home: String?

  public init() {}

  var municipalities: [String] { Array(Set(aggregates.map(\.municipality) + [home].compactMap { $0 })).sorted() }
}
