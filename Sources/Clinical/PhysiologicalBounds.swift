/// The values a measurement can physically take; anything outside is a typing error and is
/// refused with the allowed range. Wide on purpose: extreme but real values must be recordable.
public enum PhysiologicalBounds {
  public static let respirationRate = 1...80
  public static let oxygenSaturation = 50...100
  public static let systolicPressure = 40...300
  public static let pulse = 20...250
  /// Tenths of a degree: 25.0–45.0 °C.
  public static let temperatureTenths = 250...450

  /// True when every recorded value lies within its bounds.
  public static func allWithin(_ v: VitalSigns) -> Bool {
    func ok(_ value: Int?, _ range: ClosedRange<Int>) -> Bool { value.map(range.contains) ?? true }
    return ok(v.respirationRate, respirationRate) && ok(v.oxygenSaturation, oxygenSaturation)
      && ok(v.systolicPressure, systolicPressure) && ok(v.pulse, pulse)
      && ok(v.temperatureTenths, temperatureTenths)
  }
}
