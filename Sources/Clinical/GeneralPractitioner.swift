/// A GP (fastlege) and the office (legekontor) whose list the patient is on.
public struct GeneralPractitioner: Hashable, Sendable {
  public let name: String
  /// HPR number: opaque, no check digit (DOMAIN.md). Demo numbers start at 9 000 000.
  public let hprNumber: String
  public let officeName: String
  public let municipalityCode: String

  public init(name: String, hprNumber: String, officeName: String, municipalityCode: String) {
    self.name = name
    self.hprNumber = hprNumber
    self.officeName = officeName
    self.municipalityCode = municipalityCode
  }
}
