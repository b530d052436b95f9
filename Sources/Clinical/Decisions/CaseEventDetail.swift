/// What a step in a case's history carries besides its name, when the workstation made it (the
/// need an assessment found, a decision's outcome and hours, a letter's appeal deadline): kept
/// as language-neutral fields, so the history reads in the user's language. A detail a person
/// wrote (an appeal's words) or an older store's text is shown as written.
public enum CaseEventDetail: Equatable, Sendable {
  case need(String)
  case decided(ServiceDecision.Outcome, hours: WeeklyHours?)
  case deadline(CivilDate)
  case citizenPortal
  /// An evaluation: what the case officer noted, and the next evaluation's date.
  case evaluated(note: String?, next: CivilDate?)
  case written(String)

  public static func need(tenths: Int) -> String { "need=\(Double(tenths) / 10)" }

  public static func decided(_ outcome: ServiceDecision.Outcome, hours: WeeklyHours?) -> String {
    "outcome=\(outcome.rawValue)" + (hours.map { " minutes=\($0.minutes)" } ?? "")
  }

  public static func deadline(_ date: CivilDate) -> String { "deadline=\(date.ordinal)" }

  /// The note as written, then the next date as a field at the end: the note is free text.
  public static func evaluated(note: String?, next: CivilDate?) -> String {
    [note, next.map { "next=\($0.ordinal)" }].compactMap { $0 }.joined(separator: " · ")
  }

  /// The origin an application imported from the citizen portal is received with.
  public static let citizenPortalOrigin = "innbyggerportal"

  /// Reads the detail of step `step` as stored.
  public static func read(step: String, _ text: String) -> CaseEventDetail {
    let fields = Dictionary(
      text.split(separator: " ").compactMap { part -> (String, String)? in
        let pair = part.split(separator: "=", maxSplits: 1)
        return pair.count == 2 ? (String(pair[0]), String(pair[1])) : nil
      }, uniquingKeysWith: { first, _ in first })
    switch step {
    case "received" where text == citizenPortalOrigin: return .citizenPortal
    case "assess": if let need = fields["need"] { return .need(need) }
    case "decide":
      if let outcome = fields["outcome"].flatMap(ServiceDecision.Outcome.init(rawValue:)) {
        return .decided(outcome, hours: fields["minutes"].flatMap(Int.init).map(WeeklyHours.init(minutes:)))
      }
    case "evaluate":
      let parts = text.components(separatedBy: " · ")
      let next = parts.last.flatMap { $0.hasPrefix("next=") ? Int($0.dropFirst(5)).flatMap(CivilDate.init(ordinal:)) : nil }
      let note = (next == nil ? parts : parts.dropLast()).joined(separator: " · ")
      return .evaluated(note: note.isEmpty ? nil : note, next: next)
    case "send-letter":
      if let date = fields["deadline"].flatMap(Int.init).flatMap(CivilDate.init(ordinal:)) { return .deadline(date) }
    default: break
    }
    return .written(text)
  }
}
