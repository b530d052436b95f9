/// What the record holds of the person besides their number: the name, the sex and the home
/// municipality, each changed (and merged between workstations) field by field.
public struct Demographics: Hashable, Sendable {
  public var name: PersonName
  public var sex: Sex
  /// The kommunenummer of the home municipality; nil while not known.
  public var municipalityCode: String?

  public init(name: PersonName, sex: Sex, municipalityCode: String?) {
    self.name = name
    self.sex = sex
    self.municipalityCode = municipalityCode
  }
}
