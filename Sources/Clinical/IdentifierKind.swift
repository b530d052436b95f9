/// The kinds of 11-digit Norwegian person identifiers (DOMAIN.md).
public enum IdentifierKind: String, Sendable, CaseIterable {
  /// Fødselsnummer from the population register.
  case birthNumber = "fnr"
  /// D-number: first digit + 4 (day 41–71), for people not resident.
  case dNumber = "dnr"
  /// H-number: month + 40, an institution's internal help number.
  case hNumber = "hnr"
  /// FH-number: national help number, first digit 8 or 9, no meaning in the rest.
  case fhNumber = "fhnr"
  /// Tenor synthetic test fødselsnummer: month + 80.
  case tenorBirthNumber = "tenor-fnr"
  /// Tenor synthetic test D-number: day + 40 and month + 80.
  case tenorDNumber = "tenor-dnr"
  /// FHI SyntPop synthetic number: month + 65.
  case syntPopNumber = "syntpop"

  /// Synthetic numbers belong to test and demo stores only; a production store refuses them.
  public var isSynthetic: Bool {
    switch self {
    case .tenorBirthNumber, .tenorDNumber, .syntPopNumber: return true
    case .birthNumber, .dNumber, .hNumber, .fhNumber: return false
    }
  }

  /// Help numbers carry no birth date, or one that is only an approximation.
  public var carriesBirthDate: Bool { self != .fhNumber }
}
