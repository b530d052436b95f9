import Foundation
import Clinical

/// Reads the typed fields as a set of vital signs. An empty field is simply not recorded; a
/// field that cannot be read, or lies outside physiological bounds, is a problem for that field.
enum VitalsInput {
  struct Reading {
    var signs = VitalSigns()
    var problems: [VitalsField: VitalsProblem] = [:]
  }

  static func read(_ texts: [VitalsField: String], hypercapnic: Bool) -> Reading {
    var r = Reading()
    for field in VitalsField.allCases {
      let text = (texts[field] ?? "").trimmingCharacters(in: .whitespaces)
      guard !text.isEmpty else { continue }
      switch read(field, text, hypercapnic: hypercapnic, into: &r.signs) {
      case .some(let problem): r.problems[field] = problem
      case .none: break
      }
    }
    return r
  }

  /// The whole-number fields: their bounds and where the value goes.
  private static func numeric(
    _ field: VitalsField
  ) -> (ClosedRange<Int>, WritableKeyPath<VitalSigns, Int?>)? {
    switch field {
    case .respirationRate: return (PhysiologicalBounds.respirationRate, \.respirationRate)
    case .oxygenSaturation: return (PhysiologicalBounds.oxygenSaturation, \.oxygenSaturation)
    case .systolicPressure: return (PhysiologicalBounds.systolicPressure, \.systolicPressure)
    case .pulse: return (PhysiologicalBounds.pulse, \.pulse)
    case .scale, .airOrOxygen, .consciousness, .temperature: return nil
    }
  }

  private static func read(
    _ field: VitalsField, _ text: String, hypercapnic: Bool, into v: inout VitalSigns
  ) -> VitalsProblem? {
    if let (range, value) = numeric(field) {
      guard let n = Int(text) else { return .notANumber }
      guard range.contains(n) else { return .outOfRange(range) }
      v[keyPath: value] = n
      return nil
    }
    let letter = text.uppercased()
    switch field {
    case .respirationRate, .oxygenSaturation, .systolicPressure, .pulse:
      return nil
    case .scale:
      guard letter == "1" || letter == "2" else { return .chooseScale }
      guard letter == "1" || hypercapnic else { return .scale2NeedsTarget }
      v.scale = letter == "2" ? .two : .one
      return nil
    case .airOrOxygen:
      // L for luft (air), A for air, O for oksygen/oxygen.
      switch letter {
      case "L", "A": v.onOxygen = false
      case "O": v.onOxygen = true
      default: return .chooseAirOrOxygen
      }
      return nil
    case .consciousness:
      guard let c = VitalSigns.Consciousness(rawValue: letter) else { return .chooseConsciousness }
      v.consciousness = c
      return nil
    case .temperature:
      guard let tenths = tenthsOfDegree(text) else { return .notANumber }
      guard PhysiologicalBounds.temperatureTenths.contains(tenths) else {
        return .temperatureOutOfRange
      }
      v.temperatureTenths = tenths
      return nil
    }
  }

  /// "37,2", "37.2" or "37" as tenths of a degree, read exactly (no floating point).
  static func tenthsOfDegree(_ text: String) -> Int? {
    let parts = text.replacingOccurrences(of: ",", with: ".").split(
      separator: ".", omittingEmptySubsequences: false)
    guard let whole = Int(parts[0]), parts[0].allSatisfy(\.isNumber) else { return nil }
    if parts.count == 1 { return whole * 10 }
    guard parts.count == 2, parts[1].count == 1, let tenth = Int(parts[1]) else { return nil }
    return whole * 10 + tenth
  }
}
