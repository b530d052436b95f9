/// Makes Tenor synthetic fødselsnummer (month + 80): valid check digits, a century-correct
/// individual number and, for numbers before 2032, the sex digit matching the record.
enum TenorNumber {
  static func make(
    birthDate: CivilDate, sex: Sex, rng: inout SeededGenerator, taken: inout Set<Int>
  ) -> String {
    let yy = birthDate.year % 100
    let range = birthDate.year >= 2000 ? 500..<1000 : 0..<500
    let prefix = [
      birthDate.day / 10, birthDate.day % 10, (birthDate.month + 80) / 10,
      (birthDate.month + 80) % 10, yy / 10, yy % 10,
    ]
    while true {
      var individual = range.lowerBound + rng.below(range.count)
      // The third individual digit is even for women, odd for men (numbers before 2032).
      if (individual % 2 == 1) != (sex == .male) {
        individual = individual + 1 < range.upperBound ? individual + 1 : individual - 1
      }
      let nine = prefix + [individual / 100, individual / 10 % 10, individual % 10]
      guard let digits = Modulus11Rule.complete(nine) else { continue }
      let value = digits.reduce(0) { $0 * 10 + $1 }
      guard taken.insert(value).inserted else { continue }
      return digits.map(String.init).joined()
    }
  }
}
