import Clinical

/// One resource of a bundle with its place (entry number, type), so every problem found in it
/// names the entry, the resource and the field.
struct FHIRResource {
  let entry: Int
  let type: String
  let json: [String: Any]
  let fullUrl: String?

  var id: String? { json["id"] as? String }

  func problem(_ field: String?, _ reason: FHIRImportProblem.Reason) -> FHIRImportProblem {
    FHIRImportProblem(entry: entry, resourceType: type, field: field, reason)
  }

  /// A string field; nil when absent, a problem when present with another type.
  func string(_ field: String, in object: [String: Any]? = nil, path: String? = nil) throws(FHIRImportProblem) -> String? {
    let value = (object ?? json)[field]
    guard let value else { return nil }
    guard let s = value as? String else { throw problem(path ?? field, .wrongType) }
    return s
  }

  func requiredString(_ field: String, in object: [String: Any]? = nil, path: String? = nil) throws(FHIRImportProblem) -> String {
    guard let s = try string(field, in: object, path: path), !s.isEmpty else { throw problem(path ?? field, .missing) }
    return s
  }

  func object(_ field: String, in parent: [String: Any]? = nil, path: String? = nil) throws(FHIRImportProblem) -> [String: Any]? {
    guard let value = (parent ?? json)[field] else { return nil }
    guard let o = value as? [String: Any] else { throw problem(path ?? field, .wrongType) }
    return o
  }

  func array(_ field: String, in parent: [String: Any]? = nil, path: String? = nil) throws(FHIRImportProblem) -> [[String: Any]] {
    guard let value = (parent ?? json)[field] else { return [] }
    guard let a = value as? [[String: Any]] else { throw problem(path ?? field, .wrongType) }
    return a
  }

  /// "2026-11-25" or a dateTime starting so.
  func date(_ field: String, required: Bool = false) throws(FHIRImportProblem) -> CivilDate? {
    guard let text = required ? try requiredString(field) : try string(field) else { return nil }
    guard let date = FHIRMedicationList.civilDate(text) else { throw problem(field, .badDate) }
    return date
  }

  /// The codings of a CodeableConcept field.
  func codings(_ concept: [String: Any]?, path: String) throws(FHIRImportProblem) -> [[String: Any]] {
    guard let concept else { return [] }
    return try array("coding", in: concept, path: path + ".coding")
  }
}
