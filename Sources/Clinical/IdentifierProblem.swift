/// Why an identifier is not valid. Each case is a reason a clinician can act on.
public enum IdentifierProblem: Error, Hashable, Sendable {
  /// Not 11 digits; carries the number of digits seen.
  case wrongLength(Int)
  /// Contains something other than digits.
  case notDigits
  /// The first (position 10) or second (position 11) check digit does not match.
  case wrongCheckDigit(position: Int)
  /// The check digit computes to 10: no number is ever issued with these nine digits.
  case checkDigitImpossible
  /// Day or month does not form a date, as in 30 February or month 13.
  case impossibleDate
  /// The date lies in the future.
  case futureDate
  /// The individual number and year do not fit any century in the numbering rules.
  case unknownCentury
}
