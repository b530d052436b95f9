/// A patient as written to the store: identity, GP, critical information and contacts.
public struct PatientRecord: Hashable, Sendable {
  public let name: PersonName
  public let birthDate: CivilDate
  public let sex: Sex
  public let identifier: String
  public let identifierKind: IdentifierKind
  public let municipalityCode: String?
  /// Index into the population's list of GPs.
  public let gpIndex: Int?
  public let cave: [CaveEntry]
  public let contacts: [PatientContact]

  public init(
    name: PersonName, birthDate: CivilDate, sex: Sex, identifier: String,
    identifierKind: IdentifierKind, municipalityCode: String?, gpIndex: Int?,
    cave: [CaveEntry], contacts: [PatientContact]
  ) {
    self.name = name
    self.birthDate = birthDate
    self.sex = sex
    self.identifier = identifier
    self.identifierKind = identifierKind
    self.municipalityCode = municipalityCode
    self.gpIndex = gpIndex
    self.cave = cave
    self.contacts = contacts
  }
}
