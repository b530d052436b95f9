/// The deadline for appealing a municipal decision, kept in this one function.
///
/// - Health and care services under pasient- og brukerrettighetsloven § 7-5: four weeks.
/// - Other decisions under forvaltningsloven § 29: three weeks.
/// Counted from the day the party received the decision (forvaltningsloven § 29 first paragraph);
/// a deadline that ends on a Saturday, a Sunday or a public holiday moves to the next working day
/// (forvaltningsloven § 30 with domstolloven § 149; holidays in `NorwegianHolidays`).
public enum AppealDeadline {
  public enum LegalBasis: String, Hashable, Sendable, CaseIterable {
    /// Pasient- og brukerrettighetsloven § 7-5: decisions on health and care services.
    case patientRightsAct = "pbrl-7-5"
    /// Forvaltningsloven § 29: other individual decisions.
    case publicAdministrationAct = "fvl-29"

    public var weeks: Int { self == .patientRightsAct ? 4 : 3 }
  }

  public static func deadline(received: CivilDate, basis: LegalBasis) -> CivilDate {
    var day = received.adding(days: basis.weeks * 7)
    while !NorwegianHolidays.isWorkingDay(day) { day = day.adding(days: 1) }
    return day
  }
}
