/// The one gate every drawn string passes: control characters, escape sequences and bidi
/// overrides are removed, so stored text can never move the cursor, recolour the terminal or
/// reorder what a clinician reads. Tabs and line breaks become spaces.
public enum TextSanitiser {
  public static func clean(_ text: String) -> String {
    var out = ""
    out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      switch scalar.value {
      case 0x1B:
        skipEscapeSequence(&scalars)
      case 0x09, 0x0A, 0x0D:
        out.unicodeScalars.append(" ")
      case 0x00..<0x20, 0x7F..<0xA0:
        continue
      case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
        continue
      default:
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Drops a CSI ("ESC [ … final") or OSC ("ESC ] … BEL/ST") sequence, or the one character
  /// after a lone ESC.
  private static func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
    guard let introducer = scalars.next() else { return }
    switch introducer {
    case "[":
      while let s = scalars.next(), !(0x40...0x7E).contains(s.value) {}
    case "]":
      while let s = scalars.next(), s.value != 0x07, s.value != 0x1B {}
    default:
      return
    }
  }
}
