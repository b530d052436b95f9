/// A JSON value built by the exporter: objects keep their keys in the order written, so the
/// same record always gives the same bytes, and writing needs no dynamic casts or hashing.
enum JSONValue {
  case string(String)
  case number(Double)
  case bool(Bool)
  case array([JSONValue])
  case object([(String, JSONValue)])
  /// JSON already written (by `JSONBytes`), for the thousands of small resources where building a
  /// tree first would cost more than the writing.
  case raw([UInt8])

  /// Sets a key of an object, replacing it if present.
  subscript(key: String) -> JSONValue? {
    get {
      guard case .object(let pairs) = self else { return nil }
      return pairs.first { $0.0 == key }?.1
    }
    set {
      guard case .object(var pairs) = self else { return }
      pairs.removeAll { $0.0 == key }
      if let newValue { pairs.append((key, newValue)) }
      self = .object(pairs)
    }
  }

  /// Compact UTF-8 JSON; `expected` bytes are reserved up front so a large record is not copied
  /// as the buffer grows.
  func data(expected: Int = 1 << 16) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(expected)
    write(into: &out)
    return out
  }

  func write(into out: inout [UInt8]) {
    switch self {
    case .string(let s): Self.string(s, into: &out)
    case .raw(let bytes): out.append(contentsOf: bytes)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .number(let d): out.append(contentsOf: (d.rounded() == d && abs(d) < 1e15 ? String(Int64(d)) : String(d)).utf8)
    case .array(let elements):
      out.append(UInt8(ascii: "["))
      for (n, element) in elements.enumerated() {
        if n > 0 { out.append(UInt8(ascii: ",")) }
        element.write(into: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let pairs):
      out.append(UInt8(ascii: "{"))
      for (n, pair) in pairs.enumerated() {
        if n > 0 { out.append(UInt8(ascii: ",")) }
        Self.string(pair.0, into: &out)
        out.append(UInt8(ascii: ":"))
        pair.1.write(into: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  private static let hex = Array("0123456789abcdef".utf8)

  /// Quotes and escapes: the quote, the backslash and every control character.
  static func string(_ s: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    // Read through the string's contiguous bytes: going through its UTF-8 view byte by byte was
    // a quarter of exporting a long record.
    var s = s
    s.withUTF8 { bytes in
      // Most strings need no escaping: copied whole.
      if !bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
        out.append(contentsOf: bytes)
        return
      }
      for byte in bytes {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), byte])
        case 0..<0x20: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
        default: out.append(byte)
        }
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByStringInterpolation, ExpressibleByIntegerLiteral,
  ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
  init(stringLiteral value: String) { self = .string(value) }
  init(integerLiteral value: Int) { self = .number(Double(value)) }
  init(floatLiteral value: Double) { self = .number(value) }
  init(booleanLiteral value: Bool) { self = .bool(value) }
  init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
  init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(elements) }
}

/// JSON text written piece by piece: fixed parts as they are, strings quoted and escaped.
struct JSONBytes {
  var bytes: [UInt8] = []

  init(capacity: Int) { bytes.reserveCapacity(capacity) }

  mutating func raw(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  mutating func string(_ s: String) { JSONValue.string(s, into: &bytes) }

  mutating func number(_ d: Double) { JSONValue.number(d).write(into: &bytes) }
}
