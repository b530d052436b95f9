/// A care relation does not stop at the door: after it ends (a discharge, a patient gone from a
/// list) it holds this many days more, for what is written about the stay afterwards (the
/// discharge note, a measurement pushed after a day offline). Our choice, not a rule we found.
/// The server's `core.documentation_days()` decides; a workstation uses this until it pulls the
/// server's end. A new value is a central migration replacing that function, and this with it.
public enum CareRelationEnd {
  public static let documentationDays = 30
}
