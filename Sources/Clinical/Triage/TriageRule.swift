/// The level a walk-in is triaged to: the worse of what the vital signs and the complaint point
/// to (the RETTS principle). The vital-sign level is read from NEWS2 (RCP 2017, public), not
/// from a licensed table:
/// - red: NEWS2 9 or more, or a danger sign (consciousness P or U, SpO₂ below 85 %, respiration
///   8 or less, systolic 70 or less);
/// - orange: NEWS2 7–8, or a single parameter scoring 3;
/// - yellow: NEWS2 5–6; green: 1–4; blue: 0.
/// With values missing, the level is read from the parameters there are, never lower than they show.
public enum TriageRule {
  public static func vitalsLevel(_ v: VitalSigns) -> TriageLevel {
    if v.consciousness == .pain || v.consciousness == .unresponsive { return .red }
    if let s = v.oxygenSaturation, s < 85, v.scale == .one { return .red }
    if let r = v.respirationRate, r <= 8 { return .red }
    if let p = v.systolicPressure, p <= 70 { return .red }
    let score = NEWS2.score(v)
    let sum = score.total ?? score.parameters.values.reduce(0, +)
    if sum >= 9 { return .red }
    if sum >= 7 || score.parameters.values.contains(3) { return .orange }
    if sum >= 5 { return .yellow }
    if sum >= 1 { return .green }
    return .blue
  }

  public static func level(vitals: VitalSigns, complaint: ComplaintGroup) -> TriageLevel {
    min(vitalsLevel(vitals), complaint.level)
  }
}
