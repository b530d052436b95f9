/// A Norwegian municipality by its four-digit number (kommunenummer, 2024 numbering).
public struct Municipality: Hashable, Sendable {
  public let code: String
  public let name: String
  public let county: String

  public init(code: String, name: String, county: String) {
    self.code = code
    self.name = name
    self.county = county
  }
}
