import Clinical
import Foundation

/// Imports FHIR R4 JSON: a Bundle (collection, transaction, batch, searchset, document) or one
/// resource. Each bundle is one transaction: the first problem rolls the whole bundle back and is
/// reported with its entry, resource and field. Patients are matched by identifier only; a
/// different name or birth date on a known identifier refuses the bundle. What is already in the
/// store (same condition, allergy, vital-sign set, encounter, note, medication list) is skipped,
/// so importing an export again changes nothing.
public struct FHIRImporter {
  let db: SQLiteDatabase
  let kind: StoreKind
  let today: CivilDate
  let origin: String

  public init(store: PatientStore, today: CivilDate, origin: String) {
    db = store.db
    kind = store.kind
    self.today = today
    self.origin = origin
  }

  /// Files above this are refused before they are read (`FHIRDocument`).
  public static var maximumBytes: Int { FHIRDocument.maximumBytes }

  static let bundleTypes: Set<String> = ["collection", "transaction", "batch", "searchset", "document"]
  /// Written first, as the others point at them.
  static let order = ["Organization", "Practitioner", "Patient"]
  static let kept: Set<String> = [
    "Organization", "Practitioner", "Patient", "Condition", "AllergyIntolerance", "Flag", "MedicationStatement",
    "MedicationRequest", "Observation", "Encounter", "DocumentReference",
  ]

  /// Imports one file's data; `progress` is told how many resources of how many are done.
  public func importData(_ data: Data, progress: (Int, Int) -> Void = { _, _ in }) throws(StoreError) -> FHIRImportReport {
    var report = FHIRImportReport()
    switch FHIRDocument.read(data) {
    case .failure(let problem):
      report.rejected = problem
    case .success(let root):
      switch resources(root) {
      case .failure(let problem):
        report.rejected = problem
      case .success(let resources):
        do {
          try db.inTransaction { () throws(StoreError) in
            var run = FHIRImportRun(importer: self, resources: resources)
            do {
              try run.perform(progress: progress)
            } catch let problem as FHIRImportProblem {
              run.report.rejected = problem
              report = run.report
              throw StoreError.refusedImport
            } catch let error as StoreError {
              throw error
            } catch {
              throw StoreError.refusedImport
            }
            report = run.report
          }
        } catch .refusedImport {
          // Rolled back whole; the report says why.
          report.created = [:]
          report.updated = [:]
          report.skipped = [:]
        }
      }
    }
    return report
  }

  /// The resources of a bundle or the one resource, each with its entry number; duplicate ids
  /// and full URLs refuse the file.
  func resources(_ root: [String: Any]) -> Result<[FHIRResource], FHIRImportProblem> {
    let type = root["resourceType"] as? String ?? ""
    guard type == "Bundle" else { return .success([FHIRResource(entry: 1, type: type, json: root, fullUrl: nil)]) }
    let bundleType = root["type"] as? String ?? ""
    guard Self.bundleTypes.contains(bundleType) else {
      return .failure(.init(resourceType: "Bundle", field: "type", .unsupportedBundleType(bundleType)))
    }
    guard let entries = (root["entry"] ?? []) as? [Any] else { return .failure(.init(resourceType: "Bundle", field: "entry", .wrongType)) }
    var out: [FHIRResource] = []
    var seen = Set<String>()
    for (index, item) in entries.enumerated() {
      guard let entry = item as? [String: Any], let resource = entry["resource"] as? [String: Any],
        let resourceType = resource["resourceType"] as? String
      else { return .failure(.init(entry: index + 1, field: "resource", .missing)) }
      let fullUrl = entry["fullUrl"] as? String
      let r = FHIRResource(entry: index + 1, type: resourceType, json: resource, fullUrl: fullUrl)
      for key in [fullUrl, r.id.map { "\(resourceType)/\($0)" }].compactMap({ $0 }) {
        guard seen.insert(key).inserted else { return .failure(r.problem("id", .duplicateID)) }
      }
      out.append(r)
    }
    return .success(out)
  }
}
