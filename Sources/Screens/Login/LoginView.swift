/// The login gate and the lock: the only thing drawn while either is up, so no patient data shows.
enum LoginView {
  static func render(_ login: LoginState, _ app: AppState, into buffer: inout Buffer, top: Int) {
    let y = top + max(1, AppView.contentHeight(app.size) / 2 - 4)
    switch login.purpose {
    case .login: buffer.put(app.text(.loginTitle), x: 2, y: y, width: app.size.width - 4, style: .heading)
    case .unlock: buffer.put(app.text(.lockedTitle(app.session.clinician.name)), x: 2, y: y, width: app.size.width - 4, style: .heading)
    case .resume:
      buffer.put(app.text(.lockedTitle(app.session.clinician.name)), x: 2, y: y, width: app.size.width - 4, style: .heading)
      buffer.put(app.text(.resumeHint), x: 2, y: y + 2, width: app.size.width - 4, style: .dim)
      return
    }
    for (n, field) in login.input.fields.enumerated() {
      let shown = n == login.passwordField ? masked(field) : field
      let label = n == login.passwordField ? app.text(.passwordLabel) : app.text(.hprLabel)
      FormRow.render(
        label: label, input: shown, inputWidth: 20, focused: login.input.focus == n, hint: "", hintStyle: .dim,
        into: &buffer, y: y + 2 + n)
    }
  }

  /// The same field with every character drawn as a bullet.
  private static func masked(_ field: TextField) -> TextField {
    var out = TextField(capacity: field.capacity)
    out.insert(String(repeating: "•", count: field.characters.count))
    return out
  }
}
