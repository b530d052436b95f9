/// The fields of a name that travel, each on its own.
public enum NameField: String, CaseIterable, Sendable {
  case given, middle, family

  /// Another record's value of a field changed here too, and who changed it when.
  public struct Other: Equatable, Sendable {
    /// Empty for a middle name taken away.
    public let value: String
    public let origin: String

    public init(value: String, origin: String) {
      self.value = value
      self.origin = origin
    }
  }

  /// The field's value; nil for a name without a middle name.
  public func value(in name: PersonName) -> String? {
    switch self {
    case .given: return name.given
    case .middle: return name.middle
    case .family: return name.family
    }
  }

  /// The name with this field set; an empty or missing middle name is none.
  public func setting(_ value: String?, in name: PersonName) -> PersonName {
    switch self {
    case .given: return PersonName(given: value ?? name.given, middle: name.middle, family: name.family)
    case .middle: return PersonName(given: name.given, middle: value.flatMap { $0.isEmpty ? nil : $0 }, family: name.family)
    case .family: return PersonName(given: name.given, middle: name.middle, family: value ?? name.family)
    }
  }
}
