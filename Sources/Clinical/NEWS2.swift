/// National Early Warning Score 2 (Royal College of Physicians 2017), the table in DOMAIN.md.
/// Every band edge lives here and nowhere else.
public enum NEWS2 {
  public enum Parameter: String, Hashable, Sendable, CaseIterable {
    case respirationRate, oxygenSaturation, airOrOxygen, systolicPressure, pulse, consciousness,
      temperature
  }

  /// The clinical response the score asks for (RCP 2017, as summarised in DOMAIN.md).
  public enum Response: Hashable, Sendable {
    /// Total 0–4: routine monitoring by the ward.
    case low
    /// A single parameter scoring 3, or total 5–6: urgent review within one hour.
    case medium
    /// Total 7 or more: emergency assessment.
    case high
  }

  public struct Score: Hashable, Sendable {
    public let parameters: [Parameter: Int]
    /// nil unless all seven parameters were recorded.
    public let total: Int?
    public let response: Response?

    /// The parameters that scored, highest first: what to tell the doctor.
    public var scoring: [(Parameter, Int)] {
      Parameter.allCases.compactMap { p in parameters[p].flatMap { $0 > 0 ? (p, $0) : nil } }
        .sorted { $0.1 > $1.1 }
    }
  }

  public static func score(_ v: VitalSigns) -> Score {
    var p: [Parameter: Int] = [:]
    p[.respirationRate] = v.respirationRate.map(respiration)
    p[.oxygenSaturation] = v.oxygenSaturation.map {
      v.scale == .one ? saturationScale1($0) : saturationScale2($0, onOxygen: v.onOxygen ?? false)
    }
    p[.airOrOxygen] = v.onOxygen.map { $0 ? 2 : 0 }
    p[.systolicPressure] = v.systolicPressure.map(systolic)
    p[.pulse] = v.pulse.map(pulse)
    p[.consciousness] = v.consciousness.map { $0 == .alert ? 0 : 3 }
    p[.temperature] = v.temperatureTenths.map(temperature)
    guard p.count == Parameter.allCases.count else {
      return Score(parameters: p, total: nil, response: nil)
    }
    let total = p.values.reduce(0, +)
    return Score(parameters: p, total: total, response: response(total: total, anyThree: p.values.contains(3)))
  }

  static func response(total: Int, anyThree: Bool) -> Response {
    if total >= 7 { return .high }
    if total >= 5 || anyThree { return .medium }
    return .low
  }

  static func respiration(_ rate: Int) -> Int {
    switch rate {
    case ...8: return 3
    case 9...11: return 1
    case 12...20: return 0
    case 21...24: return 2
    default: return 3
    }
  }

  static func saturationScale1(_ spo2: Int) -> Int {
    switch spo2 {
    case ...91: return 3
    case 92...93: return 2
    case 94...95: return 1
    default: return 0
    }
  }

  /// Scale 2: 88–92 % scores 0, and so does ≥ 93 % on air; on oxygen, higher scores rise.
  static func saturationScale2(_ spo2: Int, onOxygen: Bool) -> Int {
    switch spo2 {
    case ...83: return 3
    case 84...85: return 2
    case 86...87: return 1
    case 88...92: return 0
    case _ where !onOxygen: return 0
    case 93...94: return 1
    case 95...96: return 2
    default: return 3
    }
  }

  static func systolic(_ pressure: Int) -> Int {
    switch pressure {
    case ...90: return 3
    case 91...100: return 2
    case 101...110: return 1
    case 111...219: return 0
    default: return 3
    }
  }

  static func pulse(_ rate: Int) -> Int {
    switch rate {
    case ...40: return 3
    case 41...50: return 1
    case 51...90: return 0
    case 91...110: return 1
    case 111...130: return 2
    default: return 3
    }
  }

  static func temperature(_ tenths: Int) -> Int {
    switch tenths {
    case ...350: return 3
    case 351...360: return 1
    case 361...380: return 0
    case 381...390: return 1
    default: return 2
    }
  }
}
