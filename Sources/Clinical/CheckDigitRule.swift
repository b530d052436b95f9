/// A rule for the two modulus-11 check digits. Kept pluggable because the rule changes for
/// numbers issued from 1 January 2032 (DOMAIN.md; Skatteetaten, "Nye fødselsnummer og d-numre
/// fra 2032").
public protocol CheckDigitRule: Sendable {
  /// A short name for messages and tests.
  var name: String { get }
  /// Checks digits 10 and 11 of an 11-digit number; nil when they are right.
  func problem(in digits: [Int]) -> IdentifierProblem?
}

/// The weights of the two check digits, with the check digit itself weighted 1.
enum CheckDigitWeights {
  static let first = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1]
  static let second = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1]

  static func remainder(_ digits: [Int], _ weights: [Int]) -> Int {
    zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 } % 11
  }
}

/// Today's rule: K1 = 11 − (Σ d₁…d₉ × [3,7,6,1,8,9,4,5,2] mod 11), K2 likewise over d₁…d₁₀;
/// 11 means 0 and 10 means no number exists. Equivalently, each weighted sum including the
/// check digit (weight 1) is divisible by 11.
public struct Modulus11Rule: CheckDigitRule {
  public init() {}
  public var name: String { "mod11" }

  public func problem(in digits: [Int]) -> IdentifierProblem? {
    if Modulus11Rule.expected(digits, CheckDigitWeights.first, count: 9) == 10 {
      return .checkDigitImpossible
    }
    if CheckDigitWeights.remainder(digits, CheckDigitWeights.first) != 0 {
      return .wrongCheckDigit(position: 10)
    }
    if CheckDigitWeights.remainder(digits, CheckDigitWeights.second) != 0 {
      return .wrongCheckDigit(position: 11)
    }
    return nil
  }

  /// The check digit that follows `count` digits under the weights, or 10 when none can.
  static func expected(_ digits: [Int], _ weights: [Int], count: Int) -> Int {
    let sum = zip(digits.prefix(count), weights).reduce(0) { $0 + $1.0 * $1.1 }
    let digit = 11 - sum % 11
    return digit == 11 ? 0 : digit
  }

  /// Completes nine digits with both check digits, or returns nil when either would be 10.
  public static func complete(_ nine: [Int]) -> [Int]? {
    let k1 = expected(nine, CheckDigitWeights.first, count: 9)
    guard k1 < 10 else { return nil }
    let k2 = expected(nine + [k1], CheckDigitWeights.second, count: 10)
    guard k2 < 10 else { return nil }
    return nine + [k1, k2]
  }
}

/// The rule for numbers issued from 2032: the first weighted sum may leave a remainder of 0, 1,
/// 2 or 3 (Skatteetaten: "Ny kontrollberegning vil akseptere 0, 1, 2 og 3 som gyldige
/// verdier"). *Verify* the second digit against the final specification when it is published;
/// this is the one place to change.
public struct Modulus11From2032Rule: CheckDigitRule {
  public init() {}
  public var name: String { "mod11-2032" }

  public func problem(in digits: [Int]) -> IdentifierProblem? {
    guard (0...3).contains(CheckDigitWeights.remainder(digits, CheckDigitWeights.first)) else {
      return .wrongCheckDigit(position: 10)
    }
    if CheckDigitWeights.remainder(digits, CheckDigitWeights.second) != 0 {
      return .wrongCheckDigit(position: 11)
    }
    return nil
  }
}
