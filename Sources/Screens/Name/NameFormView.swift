import Clinical

/// The name form: the patient, the three fields, and under a field changed in two places the
/// other record's value.
enum NameFormView {
  static func render(_ s: NameFormState, _ app: AppState, into buffer: inout Buffer, top: Int) {
    buffer.put(app.text(.nameTitle(s.patient.identifier)), x: 1, y: top, style: .heading)
    var y = top + 2
    for line in ChartView.wrap(app.text(.nameExplained), width: app.size.width - 2) {
      buffer.put(line, x: 1, y: y, style: .dim)
      y += 1
    }
    y += 1
    for (n, field) in NameField.allCases.enumerated() {
      FormRow.render(
        label: app.text(.nameLabel(field)), input: s.input.fields[n], inputWidth: 40, focused: s.input.focus == n,
        hint: "", hintStyle: .dim, into: &buffer, y: y)
      y += 1
      if let other = s.others[field] {
        buffer.put(app.text(.nameOtherValue(other)), x: 3, y: y, width: app.size.width - 4, style: .warning)
        y += 1
      }
    }
  }
}
