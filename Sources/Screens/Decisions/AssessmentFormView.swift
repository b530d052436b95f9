import Clinical

/// The seventeen function variables with their scores on the left, the key to the scores and
/// what the chart says on the right.
enum AssessmentFormView {
  static func render(_ s: AssessmentFormState, _ app: AppState, into buffer: inout Buffer, top: Int) {
    let p = s.file.serviceCase.patient
    buffer.put(app.text(.decision(.assessmentTitle(patient: "\(app.listed(p.name)), \(p.birthDate.age(on: app.today))"))), x: 1, y: top, width: app.size.width - 2, style: .heading)
    for (n, variable) in IPLOSVariable.allCases.enumerated() {
      let y = top + 1 + n
      let focused = n == s.focus
      buffer.put(app.text(.decision(.variable(variable))), x: 1, y: y, width: 29, style: focused ? .heading : .plain)
      let score = s.scores[variable]
      // Large and full need stand out; the scale's words are in the right column.
      let style: Style = focused ? .selected : (score.map { $0 == .largeNeed || $0 == .fullNeed } ?? false ? .warning : .plain)
      buffer.put("[\(score.map { String($0.rawValue) } ?? " ")]", x: 31, y: y, style: style)
    }
    // The right column: the scale, then diagnoses, services now and next of kin.
    let x = 37
    let width = app.size.width - x - 1
    var y = top + 1
    for score in IPLOSScore.allCases {
      buffer.put("\(score.rawValue) \(app.text(.decision(.score(score))))", x: x, y: y, width: width, style: .dim)
      y += 1
    }
    y += 1
    let file = s.file
    let none = app.text(.decision(.noneRecorded))
    let sections: [(String, [String])] = [
      (app.text(.decision(.diagnoses)), file.diagnoses.map { "\($0.code) \($0.title)" }),
      (app.text(.decision(.currentServices)), file.currentServices.map { app.text(.decision(.chartService($0, today: app.today))) }),
      (app.text(.decision(.contacts)), file.contacts.map { "\($0.name) (\(app.text(.relation($0.relation))))" }),
    ]
    let bottom = top + AppView.contentHeight(app.size)
    for (heading, items) in sections where y < bottom {
      buffer.put(heading, x: x, y: y, width: width, style: .heading)
      y += 1
      // An item wider than the column goes on under itself, indented, rather than losing its end
      // (a service's evaluation date).
      for item in (items.isEmpty ? [none] : items) {
        for (n, part) in WordWrap.lines(item, width: width - 2).enumerated() where y < bottom {
          buffer.put(part, x: n == 0 ? x : x + 2, y: y, width: n == 0 ? width : width - 2, style: items.isEmpty ? .dim : .plain)
          y += 1
        }
      }
    }
  }
}
