/// Internal help numbers (H-numbers) for patients who cannot be identified: the estimated birth
/// date with 40 added to the month, an individual number, and modulus 11 check digits
/// (DOMAIN.md). They never collide with a fødselsnummer, and demo and production stores both
/// accept them.
public enum HelpNumber {
  /// The first H-number for `birth` that `isTaken` does not already know.
  public static func make(birth: CivilDate, isTaken: (String) -> Bool) -> String? {
    let yy = birth.year % 100
    let prefix = [birth.day / 10, birth.day % 10, (birth.month + 40) / 10, (birth.month + 40) % 10, yy / 10, yy % 10]
    for individual in 0..<1000 {
      let digits = prefix + [individual / 100, (individual / 10) % 10, individual % 10]
      guard let full = Modulus11Rule.complete(digits) else { continue }
      let number = full.map(String.init).joined()
      if !isTaken(number) { return number }
    }
    return nil
  }
}
