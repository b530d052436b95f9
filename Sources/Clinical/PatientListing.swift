/// One row of the patient lookup: enough to tell two patients apart at a glance.
public struct PatientListing: Hashable, Sendable, Identifiable {
  public let id: Int64
  public let name: PersonName
  public let birthDate: CivilDate
  public let sex: Sex
  public let identifier: String
  public let identifierKind: IdentifierKind
  public let municipalityName: String?
  public let gpName: String?
  /// Notes by others that reached this workstation since the user last saw the chart: set on
  /// the lookup's opening list only.
  public var newNotes = 0
  /// The record came here by a care relation begun elsewhere, and the user has not seen it yet:
  /// set on the lookup's opening list only.
  public var isNewHere = false

  /// Something came to the chart from elsewhere that the user has not seen.
  public var hasNews: Bool { newNotes > 0 || isNewHere }

  public init(
    id: Int64, name: PersonName, birthDate: CivilDate, sex: Sex, identifier: String,
    identifierKind: IdentifierKind, municipalityName: String?, gpName: String?
  ) {
    self.id = id
    self.name = name
    self.birthDate = birthDate
    self.sex = sex
    self.identifier = identifier
    self.identifierKind = identifierKind
    self.municipalityName = municipalityName
    self.gpName = gpName
  }
}
