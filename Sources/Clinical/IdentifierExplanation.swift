/// What an 11-digit identifier is: its kind, the birth date it carries, and why it is invalid.
public struct IdentifierExplanation: Hashable, Sendable {
  /// The digits as typed, without spaces.
  public let value: String
  /// The kind read from the digits, when they are 11 digits at all.
  public let kind: IdentifierKind?
  /// The birth date the number encodes, when it encodes one that exists.
  public let birthDate: CivilDate?
  /// Empty when the number is valid.
  public let problems: [IdentifierProblem]
  /// True when only the check-digit rule from 2032 accepts it: no sex can be read from it.
  public let issuedUnder2032Rule: Bool

  public var isValid: Bool { problems.isEmpty }
}
