/// Phone numbers for fictional contacts. Norwegian subscriber numbers never begin with 0, so a
/// number of the form "0x xx xx xx" cannot ring a real person.
enum DemoPhone {
  static func make(_ rng: inout SeededGenerator) -> String {
    let n = rng.below(10_000_000)
    let digits = String(n).leftPadded(to: 7)
    let chars = Array("0" + digits)
    return "\(String(chars[0..<2])) \(String(chars[2..<4])) \(String(chars[4..<6])) \(String(chars[6..<8]))"
  }
}

extension String {
  func leftPadded(to width: Int, with pad: Character = "0") -> String {
    count >= width ? self : String(repeating: pad, count: width - count) + self
  }
}
