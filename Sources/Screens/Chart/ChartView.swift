import Clinical
import Foundation

/// The chart summary: identity and CAVE fixed on top, then the sections, each saying so when
/// it has no data.
enum ChartView {
  struct Line {
    let text: String
    let style: Style
    let indent: Int
  }

  static func render(_ s: ChartState, _ app: AppState, into buffer: inout Buffer, top: Int) {
    var y = top
    for line in headerLines(s.summary, app) {
      y = put(line, into: &buffer, y: y, width: app.size.width)
    }
    buffer.put(String(repeating: "─", count: app.size.width), x: 0, y: y, style: .dim)
    y += 1
    let rows = sectionRows(s.summary, app)
    for line in sectionLines(s.summary, app).dropFirst(s.scroll).prefix(rows) {
      buffer.put(line.text, x: 1 + line.indent, y: y, style: line.style)
      y += 1
    }
  }

  /// Rows left for the sections under the fixed header.
  static func sectionRows(_ summary: PatientSummary, _ app: AppState) -> Int {
    let header = headerLines(summary, app).reduce(0) {
      $0 + WordWrap.lines($1.text, width: app.size.width - 2 - $1.indent).count
    }
    return max(1, AppView.contentHeight(app.size) - header - 1)
  }

  private static func put(_ line: Line, into buffer: inout Buffer, y: Int, width: Int) -> Int {
    var y = y
    for part in WordWrap.lines(line.text, width: width - 2 - line.indent) {
      if line.style == .alert { buffer.fill(Rect(x: 0, y: y, width: width, height: 1), style: .alert) }
      buffer.put(part, x: 1 + line.indent, y: y, style: line.style)
      y += 1
    }
    return y
  }

  /// Name, identity and CAVE: always visible, never scrolled away. CAVE wraps, never cuts.
  static func headerLines(_ summary: PatientSummary, _ app: AppState) -> [Line] {
    let p = summary.listing
    let identifier = "\(app.text(.kindShort(p.identifierKind))) \(p.identifier)"
    let name = p.name == .notKnown ? app.text(.nameNotKnown) : "\(p.name.family.uppercased()), \(p.name.given)\(p.name.middle.map { " " + $0 } ?? "")"
    var lines = [
      Line(text: "\(name)   \(identifier)", style: .heading, indent: 0),
      Line(
        text: app.text(
          .identityLine(
            born: p.birthDate, age: p.birthDate.age(on: app.today), sex: p.sex,
            municipality: p.municipalityName)), style: .plain, indent: 0),
    ]
    if summary.cave.isEmpty {
      lines.append(Line(text: app.text(.caveNone), style: .dim, indent: 0))
    }
    for entry in summary.cave {
      let text =
        "\(app.text(.caveMarker)) \(app.text(.caveCategory(entry.category))): \(entry.agent) – "
        + "\(entry.reaction); \(app.text(.caveSeverity(entry.severity))), "
        + "\(app.text(.caveCertainty(entry.certainty))); "
        + app.text(.caveRegistered(on: entry.registeredOn, by: registrant(entry.registeredBy, app)))
        // Who registered it and when is said already; where is what is new.
        + (entry.origin == nil ? "" : "; " + app.text(.caveFromElsewhere))
      lines.append(Line(text: text, style: .alert, indent: 0))
    }
    if summary.caveConflicts > 0 {
      lines.append(Line(text: app.text(.caveNotReconciled(summary.caveConflicts)), style: .error, indent: 0))
    }
    if summary.nameConflicts > 0 {
      lines.append(Line(text: app.text(.nameConflict), style: .error, indent: 0))
    }
    return lines
  }

  /// "Lars Lege, doctor" in the user's language: an entry keeps who registered it as "name, role"
  /// with the role as the registering workstation had it ("lege" or "doctor").
  static func registrant(_ registeredBy: String, _ app: AppState) -> String {
    guard let comma = registeredBy.range(of: ", ", options: .backwards) else { return registeredBy }
    return registeredBy[..<comma.lowerBound] + ", " + app.text(.roleName(String(registeredBy[comma.upperBound...])))
  }

  /// Problems, vital signs with NEWS2, the latest notes, GP, contacts and the access log.
  static func sectionLines(_ summary: PatientSummary, _ app: AppState) -> [Line] {
    var lines = problemLines(summary, app)
    lines.append(Line(text: "", style: .plain, indent: 0))
    lines += medicationLines(summary, app)
    lines.append(Line(text: "", style: .plain, indent: 0))
    lines += vitalsLines(summary, app)
    lines.append(Line(text: "", style: .plain, indent: 0))
    lines += noteLines(summary, app)
    lines.append(Line(text: "", style: .plain, indent: 0))
    lines.append(Line(text: app.text(.dosesHeading), style: .heading, indent: 0))
    if summary.doses.isEmpty { lines.append(Line(text: app.text(.dosesNone), style: .dim, indent: 2)) }
    for dose in summary.doses { lines.append(Line(text: doseLine(dose, app), style: .plain, indent: 2)) }
    lines.append(Line(text: "", style: .plain, indent: 0))
    lines.append(Line(text: app.text(.decision(.chartServices)), style: .heading, indent: 0))
    if summary.services.isEmpty { lines.append(Line(text: app.text(.decision(.chartServicesNone)), style: .dim, indent: 2)) }
    for service in summary.services {
      let due = service.evaluation.map { $0 <= app.today } ?? false
      lines.append(Line(text: app.text(.decision(.chartService(service, today: app.today))), style: due ? .warning : .plain, indent: 2))
    }
    lines.append(Line(text: "", style: .plain, indent: 0))
    lines.append(Line(text: app.text(.gpHeading), style: .heading, indent: 0))
    if let gp = summary.gp {
      lines.append(Line(text: app.text(.gpLine(name: gp.name, office: gp.officeName, hpr: gp.hprNumber)), style: .plain, indent: 2))
    } else if let office = summary.gpOffice {
      lines.append(Line(text: app.text(.gpOfficeLine(office)), style: .plain, indent: 2))
    } else {
      lines.append(Line(text: app.text(.gpNone), style: .dim, indent: 2))
    }
    lines.append(Line(text: "", style: .plain, indent: 0))
    lines.append(Line(text: app.text(.contactsHeading), style: .heading, indent: 0))
    if summary.contacts.isEmpty {
      lines.append(Line(text: app.text(.contactsNone), style: .dim, indent: 2))
    }
    for c in summary.contacts {
      var text = "\(c.name), \(app.text(.relation(c.relation)))"
      if c.isNextOfKin { text += " (\(app.text(.nextOfKin)))" }
      text += "  ☎ \(c.phone)"
      lines.append(Line(text: text, style: .plain, indent: 2))
    }
    lines.append(Line(text: "", style: .plain, indent: 0))
    lines.append(Line(text: app.text(.accessHeading), style: .heading, indent: 0))
    if summary.recentAccess.isEmpty {
      lines.append(Line(text: app.text(.accessNone), style: .dim, indent: 2))
    }
    for a in summary.recentAccess {
      let text =
        "\(ClockText.dateTime(a.at))  \(a.userName) (\(app.text(.roleName(a.role)))), \(a.organisation) – "
        + app.text(.accessBasis(a.basis))
      lines.append(Line(text: text, style: .plain, indent: 2))
    }
    return lines
  }

  /// Active problems with their code and title, two to a line when the screen is wide enough.
  static func problemLines(_ summary: PatientSummary, _ app: AppState) -> [Line] {
    var lines = [Line(text: app.text(.problemsHeading), style: .heading, indent: 0)]
    if summary.problems.isEmpty {
      lines.append(Line(text: app.text(.problemsNone), style: .dim, indent: 2))
    }
    let column = (app.size.width - 4) / 2
    var pending: String?
    for problem in summary.problems {
      let text = "\(problem.code) \(problem.title)"
      if let left = pending {
        if DisplayWidth.of(left) < column && DisplayWidth.of(text) < column {
          let padded = left + String(repeating: " ", count: column - DisplayWidth.of(left))
          lines.append(Line(text: padded + text, style: .plain, indent: 2))
          pending = nil
          continue
        }
        lines.append(Line(text: left, style: .plain, indent: 2))
      }
      pending = text
    }
    if let left = pending { lines.append(Line(text: left, style: .plain, indent: 2)) }
    return lines
  }

  /// The signed list in force, active lines first; lists waiting for reconciliation say so first.
  static func medicationLines(_ summary: PatientSummary, _ app: AppState) -> [Line] {
    var lines = [Line(text: app.text(.medicationsHeading), style: .heading, indent: 0)]
    if summary.medicationConflicts > 0 {
      lines.append(Line(text: app.text(.medicationsConflict(summary.medicationConflicts)), style: .error, indent: 2))
    }
    if summary.unreconciledSources > 0 {
      lines.append(Line(text: app.text(.medicationsWaiting(summary.unreconciledSources)), style: .warning, indent: 2))
    }
    if summary.medications.isEmpty {
      lines.append(Line(text: app.text(.medicationsNone), style: .dim, indent: 2))
    }
    let ordered = summary.medications.filter(\.status.isActive) + summary.medications.filter { !$0.status.isActive }
    for line in ordered {
      let status = app.text(.medicationStatus(line.status))
      lines.append(
        Line(text: line.summary + (status.isEmpty ? "" : " – " + status), style: line.status.isActive ? .plain : .dim, indent: 2))
    }
    return lines
  }

  /// "27.11.2026 09:30  Paracetamol 1 g oral – Demo Demosen, lege"
  static func doseLine(_ d: GivenDose, _ app: AppState) -> String {
    "\(ClockText.dateTime(d.givenAt))  \(d.medication) \(d.dose) \(app.text(.routeName(d.route))) – \(d.givenBy)"
  }

  /// The latest signed notes: date, type, author and the first line.
  static func noteLines(_ summary: PatientSummary, _ app: AppState) -> [Line] {
    var lines = [Line(text: app.text(.notesHeading), style: .heading, indent: 0)]
    if summary.notes.isEmpty {
      lines.append(Line(text: app.text(.notesNone), style: .dim, indent: 2))
    }
    for note in summary.notes {
      lines.append(Line(text: NoteListView.line(note, app), style: note.enteredInError == nil ? .plain : .dim, indent: 2))
    }
    return lines
  }

  /// The latest set with its NEWS2 and the parameters that scored, then a trend per parameter.
  static func vitalsLines(_ summary: PatientSummary, _ app: AppState) -> [Line] {
    var lines = [Line(text: app.text(.vitalsHeading), style: .heading, indent: 0)]
    guard let latest = summary.vitals.first else {
      lines.append(Line(text: app.text(.vitalsNone), style: .dim, indent: 2))
      return lines
    }
    let score = NEWS2.score(latest.signs)
    let style: Style =
      score.response == .high ? .alert : (score.response == .medium ? .warning : .plain)
    var headline = app.text(.news2Short(total: score.total, response: score.response))
    let scoring = score.scoring.map { "\(app.text(.trendLabel($0.0))) \($0.1)" }
    if !scoring.isEmpty { headline += " · " + scoring.joined(separator: ", ") }
    lines.append(Line(text: headline, style: style, indent: 2))
    lines.append(
      Line(text: app.text(.vitalsLatest(at: ClockText.dateTime(latest.takenAt), by: latest.recordedBy)), style: .dim, indent: 2))
    let oldestFirst = summary.vitals.reversed()
    let trends: [(NEWS2.Parameter, (VitalSigns) -> Int?, (Int) -> String)] = [
      (.respirationRate, \.respirationRate, String.init),
      (.oxygenSaturation, \.oxygenSaturation, String.init),
      (.systolicPressure, \.systolicPressure, String.init),
      (.pulse, \.pulse, String.init),
      (.temperature, \.temperatureTenths, { "\($0 / 10)\(app.language == .nb ? "," : ".")\($0 % 10)" }),
    ]
    for (parameter, value, format) in trends {
      let values = oldestFirst.compactMap { value($0.signs) }
      guard let last = values.last else { continue }
      let label = app.text(.trendLabel(parameter)).padding(toLength: 7, withPad: " ", startingAt: 0)
      lines.append(Line(text: "\(label)\(Sparkline.render(values)) \(format(last))", style: .plain, indent: 2))
    }
    return lines
  }
}
