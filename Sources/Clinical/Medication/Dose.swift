import Foundation

/// An amount of a medicine as clinicians write it: "1 g", "2,5 mg", "5000 IE", "2 puff".
public struct Dose: Hashable, Sendable, CustomStringConvertible {
  public enum Unit: String, Sendable, CaseIterable {
    case mg, g, mikrog, ml, IE, E, tablett, kapsel, dråpe, puff, pose

    /// Accepted spellings: plurals and the common abbreviations.
    static let spellings: [String: Unit] = [
      "mg": .mg, "g": .g, "mikrog": .mikrog, "µg": .mikrog, "mcg": .mikrog, "ml": .ml, "ie": .IE,
      "e": .E, "tablett": .tablett, "tabletter": .tablett, "tbl": .tablett, "kapsel": .kapsel,
      "kapsler": .kapsel, "kps": .kapsel, "dråpe": .dråpe, "dråper": .dråpe, "puff": .puff,
      "pose": .pose, "poser": .pose,
    ]

    /// Milligrams per unit, for the units that are a mass.
    var milligrams: Double? {
      switch self {
      case .mg: return 1
      case .g: return 1000
      case .mikrog: return 0.001
      default: return nil
      }
    }
  }

  public let amount: Double
  public let unit: Unit

  public init(amount: Double, unit: Unit) {
    self.amount = amount
    self.unit = unit
  }

  /// Parses "1 g", "1g", "2,5 mg", "0.5 mg", "2 tabletter"; nil when it is not an amount and a
  /// unit, or the amount is not above zero.
  ///
  /// Written without Foundation's string functions: the reconciliation parses every distinct
  /// dose of five lists each time it is drawn, and those cost microseconds a call.
  public init?(_ text: String) {
    let trimmed = Self.trimmingSpaces(Substring(text.lowercased()))
    guard let split = trimmed.firstIndex(where: { !($0.isNumber || $0 == "," || $0 == ".") }) else { return nil }
    let number = String(trimmed[..<split].map { $0 == "," ? "." : $0 })
    let unitText = String(Self.trimmingSpaces(trimmed[split...]))
    guard let amount = Double(number), amount > 0, amount.isFinite,
      let unit = Unit.spellings[unitText]
    else { return nil }
    self.init(amount: amount, unit: unit)
  }

  /// `text` without leading and trailing spaces and tabs (what `CharacterSet.whitespaces` holds).
  private static func trimmingSpaces(_ text: Substring) -> Substring {
    let isSpace = { (c: Character) in
      c.unicodeScalars.allSatisfy { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
    }
    guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) })
    else { return text[text.endIndex...] }
    return text[first...last]
  }

  /// The amount in milligrams, when the unit is a mass.
  public var milligrams: Double? { unit.milligrams.map { amount * $0 } }

  /// Norwegian notation: decimal comma, no trailing zeros, the unit after a space.
  public var description: String {
    var number = String(format: "%.3f", amount)
    while number.hasSuffix("0") { number.removeLast() }
    if number.hasSuffix(".") { number.removeLast() }
    let unitText = amount > 1 && unit == .tablett ? "tabletter" : unit.rawValue
    return number.replacingOccurrences(of: ".", with: ",") + " " + unitText
  }

  /// Whether `self` is more than `limit` (same kind of unit; masses compared in mg).
  public func exceeds(_ limit: Dose) -> Bool {
    if let mine = milligrams, let theirs = limit.milligrams { return mine > theirs + 1e-9 }
    return unit == limit.unit && amount > limit.amount + 1e-9
  }

  /// The sum of doses of one kind of unit, or nil when they cannot be added.
  public static func total(_ doses: [Dose]) -> Dose? {
    guard let first = doses.first else { return nil }
    if doses.allSatisfy({ $0.milligrams != nil }) {
      let mg = doses.reduce(0) { $0 + ($1.milligrams ?? 0) }
      return mg >= 1000 ? Dose(amount: mg / 1000, unit: .g) : Dose(amount: mg, unit: .mg)
    }
    guard doses.allSatisfy({ $0.unit == first.unit }) else { return nil }
    return Dose(amount: doses.reduce(0) { $0 + $1.amount }, unit: first.unit)
  }
}
