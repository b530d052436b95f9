import Clinical
import Foundation

/// A FHIR JSON file read into memory within bounds: files above 64 MB are refused before they
/// are read (split a larger bundle), and nesting deeper than 64 levels is refused by a linear scan
/// before the parser sees it, so neither memory nor the stack can be exhausted by a file.
enum FHIRDocument {
  static let maximumBytes = 64 * 1024 * 1024
  static let maximumDepth = 64

  static func read(_ data: Data) -> Result<[String: Any], FHIRImportProblem> {
    guard data.count <= maximumBytes else { return .failure(.init(.tooLarge(bytes: data.count))) }
    guard depthWithinBounds(data) else { return .failure(.init(.tooDeep)) }
    guard let object = try? JSONSerialization.jsonObject(with: data), let root = object as? [String: Any] else {
      return .failure(.init(.notJSON))
    }
    guard root["resourceType"] is String else { return .failure(.init(.notFHIR)) }
    return .success(root)
  }

  /// Counts brackets outside strings; a string's escaped quote does not end it.
  private static func depthWithinBounds(_ data: Data) -> Bool {
    var depth = 0
    var inString = false
    var escaped = false
    for byte in data {
      if inString {
        if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""): inString = true
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        depth += 1
        if depth > maximumDepth { return false }
      case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
      default: break
      }
    }
    return true
  }
}
