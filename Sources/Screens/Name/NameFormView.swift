import Clinical

/// The particulars form: the patient, the five fields with what the sex and municipality typed
/// mean, and under a field changed in two places the other record's value.
enum NameFormView {
  static func render(_ s: NameFormState, _ app: AppState, into buffer: inout Buffer, top: Int) {
    buffer.put(app.text(.nameTitle(s.patient.identifier)), x: 1, y: top, style: .heading)
    var y = top + 2
    for line in WordWrap.lines(app.text(.nameExplained), width: app.size.width - 2) {
      buffer.put(line, x: 1, y: y, style: .dim)
      y += 1
    }
    y += 1
    for field in DemographicField.allCases {
      let n = field.index
      FormRow.render(
        label: app.text(.nameLabel(field)), input: s.input.fields[n], inputWidth: field == .sex || field == .municipality ? 6 : 40,
        focused: s.input.focus == n, hint: app.text(.nameHint(field, typed: s.text(field))), hintStyle: .dim, into: &buffer, y: y)
      y += 1
      if let other = s.others[field] {
        buffer.put(app.text(.nameOtherValue(field, other)), x: 3, y: y, width: app.size.width - 4, style: .warning)
        y += 1
      }
    }
  }
}
