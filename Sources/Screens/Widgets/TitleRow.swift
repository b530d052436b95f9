/// A screen's heading naming the patient, with a status at the row's end (draft saved, rows left
/// to settle). A long name is shortened to leave the status room; the patient's number never is.
enum TitleRow {
  static func render(
    name: String, title: (String) -> String, status: String, statusStyle: Style,
    width: Int, y: Int, into buffer: inout Buffer
  ) {
    let statusWidth = DisplayWidth.of(status)
    let room = width - 3 - statusWidth - DisplayWidth.of(title(""))
    buffer.put(title(DisplayWidth.clipped(name, to: max(1, room))), x: 1, y: y, width: width - 2, style: .heading)
    buffer.put(status, x: width - 1 - statusWidth, y: y, style: statusStyle)
  }
}
