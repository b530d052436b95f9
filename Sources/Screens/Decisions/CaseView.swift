import Clinical

/// One case on one screen: the application, where the case stands, the assessment, the decision
/// and letter in force, what the chart says (diagnoses, next of kin, services now), and the
/// history; the question for an appeal step under it.
enum CaseView {
  static func render(_ s: CaseState, _ app: AppState, into buffer: inout Buffer, top: Int) {
    let width = app.size.width
    guard let file = s.file else {
      buffer.put(app.text(.decision(.caseTitle(number: "\(app.today.year)/\(s.caseID)"))), x: 1, y: top, style: .heading)
      return
    }
    // The title stays; the rest scrolls (↓/↑, PgDn), the history being last and longest.
    let all = self.lines(file, app)
    let lines = all.prefix(1) + all.dropFirst(1 + s.scroll)
    let height = AppView.contentHeight(app.size) - (s.prompt == nil ? 0 : 3)
    var y = top
    for line in lines where y < top + height {
      for part in WordWrap.lines(line.text, width: width - 2 - line.indent) where y < top + height {
        buffer.put(part, x: 1 + line.indent, y: y, style: line.style)
        y += 1
      }
    }
    if let prompt = s.prompt {
      let footer = top + height
      buffer.put(String(repeating: "─", count: width), x: 0, y: footer, style: .dim)
      buffer.put(app.text(.decision(.casePromptTitle(prompt.kind))), x: 1, y: footer + 1, width: width - 2, style: .heading)
      FormRow.render(
        label: "", input: prompt.input.fields[0], inputWidth: 50, focused: true, hint: "", hintStyle: .dim,
        into: &buffer, y: footer + 2)
    }
  }

  /// The steps that make sense where the case stands, for the footer.
  static func nextSteps(_ file: CaseFile?) -> [Action] {
    guard let file else { return [] }
    let steps = nextSteps(file.serviceCase)
    return file.conflict == nil ? steps : [.decisionConflictAccept] + steps
  }

  private static func nextSteps(_ c: ServiceCase) -> [Action] {
    switch c.lifecycle.appeal {
    case .lodged?: return [.decisionReconsider]
    case .forwarded?: return [.decisionAppealOutcome]
    default: break
    }
    switch c.lifecycle.stage {
    case .received: return [.decisionAssess, .decisionPreliminaryAnswer]
    case .assessed: return [.decisionGrant, .decisionRefuse, .decisionAssess]
    case .decided: return [.decisionLetter]
    case .letterSent:
      // A granted service may also end before it starts (the patient died or declined).
      return c.lifecycle.granted
        ? [.decisionStartService, .decisionEndService, .decisionLetter, .decisionAppeal] : [.decisionLetter, .decisionAppeal]
    case .serviceStarted: return [.decisionEvaluate, .decisionEndService, .decisionAppeal]
    case .ended: return []
    }
  }

  static func lines(_ file: CaseFile, _ app: AppState) -> [ChartView.Line] {
    typealias Line = ChartView.Line
    let c = file.serviceCase
    let p = c.patient
    var out = [
      Line(
        text: "\(app.text(.decision(.caseTitle(number: "\(c.application.received.year)/\(c.id)")))) · "
          + "\(app.listed(p.name)), \(p.birthDate.age(on: app.today)) · \(p.identifier)", style: .heading, indent: 0),
      Line(
        text: app.text(.decision(.serviceName(c.application.service))) + " · "
          + app.text(.decision(.application(
            received: c.application.received, days: c.daysSinceReceived(on: app.today),
            applicant: c.application.applicant, urgent: c.application.urgent))),
        style: c.application.urgent ? .warning : .plain, indent: 0),
      Line(text: c.application.reason, style: .dim, indent: 2),
      Line(
        text: app.text(.decision(.statusLine(c.lifecycle, officer: c.caseOfficer, overdue: c.needsPreliminaryAnswer(on: app.today)))),
        style: c.needsPreliminaryAnswer(on: app.today) ? .warning : .plain, indent: 0),
    ]
    if let origin = file.conflict {
      out.append(Line(text: app.text(.decision(.conflictBanner(origin: origin))), style: .warning, indent: 0))
    }
    out.append(Line(text: app.text(.decision(.assessmentHeading)), style: .heading, indent: 0))
    if let a = file.assessment {
      out.append(Line(text: app.text(.decision(.assessmentSummary(needTenths: a.needTenths, scored: a.scores.count, onThisCase: file.assessedOnThisCase))), style: file.assessedOnThisCase ? .plain : .dim, indent: 2))
      let scores = IPLOSVariable.allCases.compactMap { v in a.scores[v].map { "\(app.text(.decision(.variableShort(v)))) \($0.rawValue)" } }
      out.append(Line(text: scores.joined(separator: "  "), style: .plain, indent: 2))
    } else {
      out.append(Line(text: app.text(.decision(.notAssessed)), style: .dim, indent: 2))
    }
    out.append(Line(text: app.text(.decision(.decisionHeading)), style: .heading, indent: 0))
    if let d = file.decision {
      var parts = [app.text(.decision(.outcome(d.outcome))), app.text(.decision(.serviceShort(d.service)))]
      if let h = d.hours { parts.append(app.text(.decision(.hoursPerWeek(h)))) }
      if d.outcome.grants { parts.append(app.text(.decision(.period(from: d.from, to: d.to)))) }
      if let e = d.evaluation { parts.append(app.text(.decision(.evaluation(e)))) }
      out.append(Line(text: parts.joined(separator: " · "), style: .plain, indent: 2))
      out.append(Line(text: d.legalBasis + (d.fee.isEmpty ? "" : " · " + d.fee), style: .dim, indent: 2))
    } else {
      out.append(Line(text: app.text(.decision(.notDecided)), style: .dim, indent: 2))
    }
    if let letter = file.letter {
      out.append(Line(text: app.text(.decision(.letterSent(dated: letter.dated, deadline: letter.appealDeadline))), style: .plain, indent: 0))
    } else {
      out.append(Line(text: app.text(.decision(.noLetter)), style: .dim, indent: 0))
    }
    let none = app.text(.decision(.noneRecorded))
    let diagnoses = file.diagnoses.map { "\($0.code) \($0.title)" }.joined(separator: ", ")
    out.append(Line(text: "\(app.text(.decision(.diagnoses))): \(diagnoses.isEmpty ? none : diagnoses)", style: .plain, indent: 0))
    let contacts = file.contacts.map { "\($0.name) (\(app.text(.relation($0.relation))))" }.joined(separator: ", ")
    out.append(Line(text: "\(app.text(.decision(.contacts))): \(contacts.isEmpty ? none : contacts)", style: .plain, indent: 0))
    let services = file.currentServices.map { app.text(.decision(.chartService($0, today: app.today))) }.joined(separator: "; ")
    out.append(Line(text: "\(app.text(.decision(.currentServices))): \(services.isEmpty ? none : services)", style: .plain, indent: 0))
    out.append(Line(text: app.text(.decision(.historyHeading)), style: .heading, indent: 0))
    for entry in file.history.reversed() {
      let detail = entry.detail.map { " – " + app.text(.decision(.historyDetail(CaseEventDetail.read(step: entry.step, $0)))) } ?? ""
      let lost = entry.notTakenIn ? " – " + app.text(.decision(.notTakenIn)) : ""
      out.append(
        Line(
          text: "\(ClockText.dateTime(entry.at))  \(app.text(.decision(.step(entry.step))))\(detail) · \(entry.by)\(lost)",
          style: entry.notTakenIn ? .warning : .dim, indent: 2))
    }
    return out
  }
}
