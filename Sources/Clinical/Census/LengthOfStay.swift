/// Length-of-stay statistics as the municipalities report them (KOSTRA "liggetid"): a completed
/// stay counts in the quarter it ended, with its whole length in nights (discharge day minus
/// admission day), so a stay from 20 March to 10 April is 21 nights, counted in the second
/// quarter. Stays not yet ended are not averaged — their length is not known — and are counted
/// separately.
public enum LengthOfStay {
  /// A year and quarter, e.g. 2026 Q3.
  public struct Quarter: Hashable, Sendable, Comparable {
    public let year: Int
    public let quarter: Int

    public init(year: Int, quarter: Int) {
      self.year = year
      self.quarter = quarter
    }

    public init(_ date: CivilDate) { self.init(year: date.year, quarter: (date.month - 1) / 3 + 1) }

    public var key: Int { year * 10 + quarter }
    public init(key: Int) { self.init(year: key / 10, quarter: key % 10) }

    public var previous: Quarter { quarter == 1 ? Quarter(year: year - 1, quarter: 4) : Quarter(year: year, quarter: quarter - 1) }

    public static func < (a: Quarter, b: Quarter) -> Bool { a.key < b.key }
  }

  /// Nights from admission to discharge: the calendar days between them.
  public static func nights(admitted: CivilDate, discharged: CivilDate) -> Int {
    discharged.dayNumber - admitted.dayNumber
  }

  /// One completed stay, as the statistics read it.
  public struct CompletedStay: Hashable, Sendable {
    public let municipality: String
    public let stayType: StayType
    public let admitted: CivilDate
    public let discharged: CivilDate

    public init(municipality: String, stayType: StayType, admitted: CivilDate, discharged: CivilDate) {
      self.municipality = municipality
      self.stayType = stayType
      self.admitted = admitted
      self.discharged = discharged
    }

    public var nights: Int { LengthOfStay.nights(admitted: admitted, discharged: discharged) }
    public var quarter: Quarter { Quarter(discharged) }
  }

  /// Average nights and number of stays for one group.
  public struct Average: Hashable, Sendable {
    public let nights: Double
    public let stays: Int
  }

}

extension LengthOfStay {
  /// Completed stays summed per municipality, stay type and quarter: what the store aggregates.
  public struct Aggregate: Hashable, Sendable {
    public let municipality: String
    public let stayType: StayType
    public let quarter: Quarter
    public let nights: Int
    public let stays: Int

    public init(municipality: String, stayType: StayType, quarter: Quarter, nights: Int, stays: Int) {
      self.municipality = municipality
      self.stayType = stayType
      self.quarter = quarter
      self.nights = nights
      self.stays = stays
    }
  }

  /// Average nights per quarter of one stay type: for one municipality, or for the whole region
  /// (every stay weighs the same, so a large municipality weighs more).
  public static func averages(_ aggregates: [Aggregate], type: StayType, municipality: String?) -> [Quarter: Average] {
    var sums: [Quarter: (Int, Int)] = [:]
    for a in aggregates where a.stayType == type && (municipality == nil || a.municipality == municipality) {
      let (n, c) = sums[a.quarter] ?? (0, 0)
      sums[a.quarter] = (n + a.nights, c + a.stays)
    }
    return sums.mapValues { Average(nights: Double($0.0) / Double($0.1), stays: $0.1) }
  }
}
