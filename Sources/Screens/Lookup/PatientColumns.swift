import Clinical

/// The patient list's columns, sized to the terminal: fixed columns keep their width, and
/// name, municipality and GP share what is left (more of it on a wider terminal).
struct PatientColumns {
  let name: Int
  let municipality: Int
  let gp: Int
  static let born = 10
  static let age = 5
  static let sex = 2
  static let identifier = 11
  static let kind = 5

  init(width: Int) {
    let fixed = Self.born + Self.age + Self.sex + Self.identifier + Self.kind
    let rest = max(30, width - 2 - fixed - 7)
    name = rest * 45 / 100
    municipality = rest * 25 / 100
    gp = rest - name - municipality
  }

  private var widths: [Int] {
    [name, Self.born, Self.age, Self.sex, Self.identifier, Self.kind, municipality, gp]
  }

  private func put(_ texts: [String], into buffer: inout Buffer, y: Int, style: Style) {
    var x = 1
    for (text, width) in zip(texts, widths) {
      buffer.put(text, x: x, y: y, width: width, style: style)
      x += width + 1
    }
  }

  func renderHeadings(_ app: AppState, into buffer: inout Buffer, y: Int) {
    let columns: [Text.Column] = [.name, .born, .age, .sex, .identifier, .kind, .municipality, .gp]
    put(columns.map { app.text(.column($0)) }, into: &buffer, y: y, style: Style(underline: true))
  }

  func render(_ p: PatientListing, _ app: AppState, into buffer: inout Buffer, y: Int) {
    put(
      [
        app.listed(p.name), p.birthDate.description, String(p.birthDate.age(on: app.today)),
        app.text(.sexLabel(p.sex)), p.identifier, app.text(.kindShort(p.identifierKind)),
        p.municipalityName ?? "", p.gpName ?? "",
      ], into: &buffer, y: y, style: .plain)
  }
}
