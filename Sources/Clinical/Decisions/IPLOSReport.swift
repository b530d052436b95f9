/// The yearly IPLOS/KPR report: one row per service record in force during the year, checked
/// against the register's validity rules first. Records that fail are listed with their reasons
/// and left out of the file.
public enum IPLOSReport {
  /// One granted service as the report needs it.
  public struct Record: Equatable, Sendable {
    public let caseID: Int64
    public let identifier: String
    public let birthDate: CivilDate
    public let municipality: String
    public let serviceCode: Int
    public let from: CivilDate?
    public let to: CivilDate?
    public let minutesPerWeek: Int?
    public let assessment: IPLOSAssessment

    public init(
      caseID: Int64, identifier: String, birthDate: CivilDate, municipality: String, serviceCode: Int,
      from: CivilDate?, to: CivilDate?, minutesPerWeek: Int?, assessment: IPLOSAssessment
    ) {
      self.caseID = caseID
      self.identifier = identifier
      self.birthDate = birthDate
      self.municipality = municipality
      self.serviceCode = serviceCode
      self.from = from
      self.to = to
      self.minutesPerWeek = minutesPerWeek
      self.assessment = assessment
    }
  }

  public enum Failure: Equatable, Sendable {
    case noStartDate
    case endBeforeStart
    case startBeforeBirth
    case unknownServiceCode(Int)
    case hoursAboveWeek
    case negativeHours
  }

  /// The validity rules: a start date not before birth, an end not before the start, a service
  /// code on the list, and 0–168 hours per week.
  public static func failures(_ r: Record) -> [Failure] {
    var out: [Failure] = []
    if MunicipalService(code: r.serviceCode) == nil { out.append(.unknownServiceCode(r.serviceCode)) }
    if let from = r.from {
      if from < r.birthDate { out.append(.startBeforeBirth) }
      if let to = r.to, to < from { out.append(.endBeforeStart) }
    } else {
      out.append(.noStartDate)
    }
    if let m = r.minutesPerWeek {
      if m > WeeklyHours.maximumMinutes { out.append(.hoursAboveWeek) }
      if m < 0 { out.append(.negativeHours) }
    }
    return out
  }

  public static var header: String {
    (["kommune", "fnr", "tjeneste", "fra", "til", "timer_per_uke"] + IPLOSVariable.allCases.map(\.reportName))
      .joined(separator: ";")
  }

  /// The CSV line of a valid record: dates as YYYY-MM-DD, hours with a decimal point, a score
  /// per variable (empty when not assessed).
  public static func line(_ r: Record) -> String {
    func iso(_ d: CivilDate?) -> String { d?.iso ?? "" }
    let hours = r.minutesPerWeek.map { m -> String in
      let hundredths = (m * 100 + 30) / 60
      return "\(hundredths / 100).\(CivilDate.pad(hundredths % 100))"
    } ?? ""
    // Appended field by field into one string: joining an array of them made every field a
    // string of its own first, for each of a hundred thousand lines.
    var line = r.municipality
    line.reserveCapacity(96)
    for field in [r.identifier, String(r.serviceCode), iso(r.from), iso(r.to), hours] {
      line += ";"
      line += field
    }
    for variable in IPLOSVariable.allCases {
      line += ";"
      if let score = r.assessment.scores[variable] { line += String(score.rawValue) }
    }
    return line
  }
}
