/// Durations as the trainer line and results write them.
enum Clock {
  /// "1:05"
  static func minutes(_ seconds: Int) -> String {
    "\(seconds / 60):\(seconds % 60 < 10 ? "0" : "")\(seconds % 60)"
  }

  /// One decimal: "6,1" in Norwegian, "6.1" in English.
  static func decimal(_ value: Double, separator: String) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10)\(separator)\(tenths % 10)"
  }
}
