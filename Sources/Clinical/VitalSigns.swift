/// One set of vital signs as NEWS2 reads them. Any value may be missing; NEWS2 has a total only
/// when all seven parameters are there.
public struct VitalSigns: Hashable, Sendable {
  /// Alert, new Confusion, responds to Voice, to Pain, Unresponsive (ACVPU).
  public enum Consciousness: String, Hashable, Sendable, CaseIterable {
    case alert = "A"
    case confusion = "C"
    case voice = "V"
    case pain = "P"
    case unresponsive = "U"
  }

  /// SpO₂ scale 1, or scale 2 for a documented hypercapnic target (88–92 %).
  public enum OxygenScale: Int, Hashable, Sendable {
    case one = 1
    case two = 2
  }

  public var respirationRate: Int?
  public var oxygenSaturation: Int?
  public var scale: OxygenScale
  public var onOxygen: Bool?
  public var systolicPressure: Int?
  public var pulse: Int?
  public var consciousness: Consciousness?
  /// Tenths of a degree Celsius (372 = 37.2 °C): exact at the NEWS2 band edges.
  public var temperatureTenths: Int?

  public init(
    respirationRate: Int? = nil, oxygenSaturation: Int? = nil, scale: OxygenScale = .one,
    onOxygen: Bool? = nil, systolicPressure: Int? = nil, pulse: Int? = nil,
    consciousness: Consciousness? = nil, temperatureTenths: Int? = nil
  ) {
    self.respirationRate = respirationRate
    self.oxygenSaturation = oxygenSaturation
    self.scale = scale
    self.onOxygen = onOxygen
    self.systolicPressure = systolicPressure
    self.pulse = pulse
    self.consciousness = consciousness
    self.temperatureTenths = temperatureTenths
  }
}
