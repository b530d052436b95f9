/// The list of scenarios over the screen: title and keystroke budget, the selected one marked.
enum ScenarioPickerView {
  static func render(_ app: AppState, into buffer: inout Buffer) {
    let top = 1
    let height = AppView.contentHeight(app.size)
    buffer.fill(Rect(x: 0, y: top, width: app.size.width, height: height), style: .plain)
    buffer.put(app.text(.pickerTitle), x: 1, y: top, style: .heading)
    for (index, scenario) in app.scenarios.prefix(height - 2).enumerated() {
      let y = top + 2 + index
      let line = app.text(
        .scenarioListLine(
          id: scenario.id, title: scenario.text(scenario.title, app.language),
          budget: scenario.keystrokeBudget))
      buffer.put(line, x: 2, y: y)
      if index == app.pickerSelection {
        buffer.restyle(Rect(x: 0, y: y, width: app.size.width, height: 1), style: .selected)
      }
    }
  }
}
