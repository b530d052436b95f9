/// The fields of the person's particulars that travel, each on its own.
public enum DemographicField: String, CaseIterable, Sendable {
  case given, middle, family, sex, municipality

  /// Another record's value of a field changed here too, and who changed it when.
  public struct Other: Equatable, Sendable {
    /// Empty for a middle name taken away, or a sex or municipality made unknown.
    public let value: String
    public let origin: String

    public init(value: String, origin: String) {
      self.value = value
      self.origin = origin
    }
  }

  /// The field's value as it travels: nil for none (no middle name, a sex or municipality not
  /// known).
  public func value(in d: Demographics) -> String? {
    switch self {
    case .given: return d.name.given
    case .middle: return d.name.middle
    case .family: return d.name.family
    case .sex: return d.sex == .unknown ? nil : d.sex.rawValue
    case .municipality: return d.municipalityCode
    }
  }

  /// The particulars with this field set; an empty or missing value of an optional field is
  /// none, and a required name field keeps what it had.
  public func setting(_ value: String?, in d: Demographics) -> Demographics {
    let present = value.flatMap { $0.isEmpty ? nil : $0 }
    var out = d
    switch self {
    case .given: out.name = PersonName(given: present ?? d.name.given, middle: d.name.middle, family: d.name.family)
    case .middle: out.name = PersonName(given: d.name.given, middle: present, family: d.name.family)
    case .family: out.name = PersonName(given: d.name.given, middle: d.name.middle, family: present ?? d.name.family)
    case .sex: out.sex = present.flatMap(Sex.init(rawValue:)) ?? .unknown
    case .municipality: out.municipalityCode = present
    }
    return out
  }
}
