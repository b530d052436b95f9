/// What a clinician typed into the universal patient prompt, read as one kind of search.
public enum LookupQuery: Hashable, Sendable {
  /// Nothing typed: show the recently opened patients.
  case recent
  /// Eleven digits (a space after the date part is allowed): one exact number, explained.
  case identifier(IdentifierExplanation)
  /// Fewer than eleven digits that are not a date: the start of a number.
  case identifierPrefix(String)
  /// DDMMYY or DDMMYYYY, with or without dots, optionally followed by name fragments.
  case birthDate(dates: [CivilDate], digits: String, nameWords: [String])
  /// VistA style: family-name initial and the start of the personnummer ("N2346").
  case initialAndDigits(initial: String, digits: String)
  /// Name fragments in any order, each the start of a name word ("nordm kari").
  case name([String])

  /// Reads `text` as typed. `today` bounds birth dates; `validator` explains numbers.
  public static func parse(
    _ text: String, today: CivilDate, validator: IdentifierValidator
  ) -> LookupQuery {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
    guard let first = words.first else { return .recent }
    let firstDigits = first.filter { $0 != "." && $0 != "/" && $0 != "-" }
    if isDigits(firstDigits) {
      return parseNumber(firstDigits, rest: Array(words.dropFirst()), today: today, validator)
    }
    if words.count == 1, let vista = parseInitialAndDigits(first) { return vista }
    let nameWords = NameKey.words(text)
    return nameWords.isEmpty ? .recent : .name(nameWords)
  }

  private static func parseNumber(
    _ digits: String, rest: [String], today: CivilDate, _ validator: IdentifierValidator
  ) -> LookupQuery {
    // "128348 23460": date part and personnummer typed apart.
    if digits.count == 6, rest.count == 1, rest[0].count == 5, isDigits(rest[0]) {
      return .identifier(validator.explain(digits + rest[0], today: today))
    }
    if digits.count >= 11 { return .identifier(validator.explain(digits, today: today)) }
    let nameWords = NameKey.words(rest.joined(separator: " "))
    let dates = birthDates(digits, today: today)
    if !dates.isEmpty { return .birthDate(dates: dates, digits: digits, nameWords: nameWords) }
    return .identifierPrefix(digits)
  }

  /// The dates six or eight digits can mean; DDMMYY may be in the 1900s or 2000s.
  static func birthDates(_ digits: String, today: CivilDate) -> [CivilDate] {
    let d = digits.compactMap { $0.wholeNumberValue }
    guard d.count == 6 || d.count == 8 else { return [] }
    let day = d[0] * 10 + d[1]
    let month = d[2] * 10 + d[3]
    let years: [Int]
    if d.count == 8 {
      years = [d[4] * 1000 + d[5] * 100 + d[6] * 10 + d[7]]
    } else {
      let yy = d[4] * 10 + d[5]
      years = [2000 + yy, 1900 + yy]
    }
    return years.compactMap { CivilDate(year: $0, month: month, day: day) }.filter { $0 <= today }
  }

  private static func parseInitialAndDigits(_ word: String) -> LookupQuery? {
    guard let initial = word.first, initial.isLetter else { return nil }
    let digits = String(word.dropFirst())
    guard (1...5).contains(digits.count), isDigits(digits) else { return nil }
    return .initialAndDigits(initial: NameKey.fold(String(initial)), digits: digits)
  }

  static func isDigits(_ text: String) -> Bool {
    !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber }
  }
}
