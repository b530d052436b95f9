/// Validates and explains Norwegian person identifiers (DOMAIN.md, "Person identifiers").
/// The check-digit rules are injected so the 2032 change is one line at the call site.
public struct IdentifierValidator: Sendable {
  public let rules: [any CheckDigitRule]

  public init(rules: [any CheckDigitRule]) {
    self.rules = rules
  }

  /// The rules in force on `date`: from 1 January 2032 both rules are read in parallel.
  public static func inForce(on date: CivilDate) -> IdentifierValidator {
    let newRuleStart = CivilDate(year: 2032, month: 1, day: 1).map { date >= $0 } ?? false
    return IdentifierValidator(
      rules: newRuleStart ? [Modulus11Rule(), Modulus11From2032Rule()] : [Modulus11Rule()])
  }

  /// Explains `text`, which may hold one space (as in "128348 23460").
  public func explain(_ text: String, today: CivilDate) -> IdentifierExplanation {
    let value = text.filter { $0 != " " }
    // Digits tested and read as bytes: Unicode's number properties cost more than the rest of
    // the check, and a first sync explains every number it brings.
    guard value.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
      return IdentifierExplanation(
        value: value, kind: nil, birthDate: nil, problems: [.notDigits],
        issuedUnder2032Rule: false)
    }
    guard value.count == 11 else {
      return IdentifierExplanation(
        value: value, kind: nil, birthDate: nil, problems: [.wrongLength(value.count)],
        issuedUnder2032Rule: false)
    }
    let digits = value.utf8.map { Int($0 - UInt8(ascii: "0")) }
    var problems: [IdentifierProblem] = []
    let (checkProblem, under2032) = checkDigits(digits)
    if let checkProblem { problems.append(checkProblem) }
    let decoded = IdentifierDecoder.decode(digits)
    var birthDate: CivilDate?
    switch decoded.date {
    case .none: break
    case .some(.failure(let problem)): problems.append(problem)
    case .some(.success(let date)):
      if date > today { problems.append(.futureDate) } else { birthDate = date }
    }
    return IdentifierExplanation(
      value: value, kind: decoded.kind, birthDate: birthDate, problems: problems,
      issuedUnder2032Rule: under2032)
  }

  /// The first rule that accepts wins; when none does, the oldest rule's reason is reported.
  private func checkDigits(_ digits: [Int]) -> (IdentifierProblem?, Bool) {
    var first: IdentifierProblem?
    for (index, rule) in rules.enumerated() {
      guard let problem = rule.problem(in: digits) else { return (nil, index > 0) }
      if first == nil { first = problem }
    }
    return (first, false)
  }
}
