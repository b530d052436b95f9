/// Reads the kind and birth date out of 11 digits; check digits are not its concern.
enum IdentifierDecoder {
  /// Result of decoding: the kind, and the date or why there is none (nil for FH-numbers).
  struct Decoded {
    let kind: IdentifierKind?
    let date: Result<CivilDate, IdentifierProblem>?
  }

  static func decode(_ d: [Int]) -> Decoded {
    // FH-number: first digit 8 or 9, nothing else carries meaning.
    if d[0] >= 8 { return Decoded(kind: .fhNumber, date: nil) }
    var day = d[0] * 10 + d[1]
    var month = d[2] * 10 + d[3]
    let yy = d[4] * 10 + d[5]
    let individual = d[6] * 100 + d[7] * 10 + d[8]
    let isD = (41...71).contains(day)
    if isD { day -= 40 }
    let kind: IdentifierKind?
    switch month {
    case 1...12: kind = isD ? .dNumber : .birthNumber
    case 41...52: kind = isD ? nil : .hNumber; month -= 40
    case 65...76: kind = isD ? nil : .syntPopNumber; month -= 65
    case 81...92: kind = isD ? .tenorDNumber : .tenorBirthNumber; month -= 80
    default: kind = nil
    }
    guard kind != nil else { return Decoded(kind: nil, date: .failure(.impossibleDate)) }
    guard let century = century(individual: individual, yy: yy) else {
      return Decoded(kind: kind, date: .failure(.unknownCentury))
    }
    guard let date = CivilDate(year: century + yy, month: month, day: day) else {
      return Decoded(kind: kind, date: .failure(.impossibleDate))
    }
    return Decoded(kind: kind, date: .success(date))
  }

  /// Century from the individual number (digits 7–9) and the year (DOMAIN.md).
  static func century(individual: Int, yy: Int) -> Int? {
    switch individual {
    case 0...499: return 1900
    case 500...749 where yy >= 54: return 1800
    case 500...999 where yy <= 39: return 2000
    case 900...999 where yy >= 40: return 1900
    default: return nil
    }
  }
}
