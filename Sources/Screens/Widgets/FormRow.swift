/// One labelled input of a form: the label, the text in brackets with the cursor when focused,
/// and a hint or the field's problem after it.
enum FormRow {
  static let labelWidth = 24

  /// Draws the row; returns the column where the hint starts.
  @discardableResult
  static func render(
    label: String, input: TextField, inputWidth: Int, focused: Bool, hint: String,
    hintStyle: Style, into buffer: inout Buffer, y: Int
  ) -> Int {
    buffer.put(label, x: 1, y: y, width: labelWidth, style: focused ? .heading : .plain)
    let x = 2 + labelWidth
    buffer.put("[", x: x, y: y)
    // Keep the cursor in view in a field narrower than its text; other fields show their start.
    let start = focused ? max(0, input.cursor - inputWidth + 1) : 0
    buffer.put(String(input.characters.dropFirst(start)), x: x + 1, y: y, width: inputWidth)
    if focused {
      let under = input.cursor < input.characters.count ? String(input.characters[input.cursor]) : " "
      buffer.put(under, x: x + 1 + input.cursor - start, y: y, width: 1, style: .selected)
    }
    buffer.put("]", x: x + 1 + inputWidth, y: y)
    let hintX = x + 3 + inputWidth
    buffer.put(hint, x: hintX, y: y, width: max(0, buffer.size.width - hintX - 1), style: hintStyle)
    return hintX
  }

  /// The whole hint in lines of `width` when it does not fit after its input, for the form to
  /// show under its fields while that field has the cursor; empty when it fits.
  static func overflow(of hint: String, inputWidth: Int, screenWidth: Int, width: Int) -> [String] {
    let room = screenWidth - (5 + labelWidth + inputWidth) - 1
    return DisplayWidth.of(hint) > room ? WordWrap.lines(hint, width: width) : []
  }
}
