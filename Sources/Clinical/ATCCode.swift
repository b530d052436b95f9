/// The shape of an ATC code at any of its five levels: N, N02, N02B, N02BE, N02BE01 (WHO ATC
/// structure). Whether the code exists is the medication catalogue's question, not this one's.
public enum ATCCode {
  public static func isWellFormed(_ code: String) -> Bool {
    let c = Array(code)
    guard [1, 3, 4, 5, 7].contains(c.count) else { return false }
    func letter(_ i: Int) -> Bool { c[i].isASCII && c[i].isUppercase }
    func digit(_ i: Int) -> Bool { c[i].isASCII && c[i].isNumber }
    let pattern: [(Int) -> Bool] = [letter, digit, digit, letter, letter, digit, digit]
    return c.indices.allSatisfy { pattern[$0]($0) }
  }
}
