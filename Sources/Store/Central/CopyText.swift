/// PostgreSQL's COPY text format: one row per line, columns separated by tabs, `\N` for NULL,
/// and backslash escapes for the characters that would break the format.
enum CopyText {
  static func row(_ bytes: UnsafeRawBufferPointer) -> [String?] {
    var columns: [String?] = []
    var field: [UInt8] = []
    var isNull = false
    var i = 0
    func finish() {
      columns.append(isNull ? nil : String(decoding: field, as: UTF8.self))
      field.removeAll(keepingCapacity: true)
      isNull = false
    }
    while i < bytes.count {
      let byte = bytes[i]
      switch byte {
      case UInt8(ascii: "\t"): finish()
      case UInt8(ascii: "\n"): break
      case UInt8(ascii: "\\") where i + 1 < bytes.count:
        i += 1
        switch bytes[i] {
        case UInt8(ascii: "N") where field.isEmpty: isNull = true
        case UInt8(ascii: "t"): field.append(9)
        case UInt8(ascii: "n"): field.append(10)
        case UInt8(ascii: "r"): field.append(13)
        case UInt8(ascii: "b"): field.append(8)
        case UInt8(ascii: "f"): field.append(12)
        case UInt8(ascii: "v"): field.append(11)
        case let other: field.append(other)
        }
      default: field.append(byte)
      }
      i += 1
    }
    finish()
    return columns
  }
}
