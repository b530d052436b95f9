import Clinical
import Foundation
import Screens
import Store

/// Performs the reducers' effects against the store and answers with events. Local SQLite calls
/// are synchronous: they fit well inside a frame.
public final class EffectRunner {
  let store: PatientStore
  let clinician: Clinician
  let clock: @Sendable () -> Date
  private let search: PatientSearch
  private let reader: PatientReader
  private let audit: AuditLog

  public init(store: PatientStore, clinician: Clinician, clock: @escaping @Sendable () -> Date) {
    self.store = store
    self.clinician = clinician
    self.clock = clock
    search = PatientSearch(store: store)
    reader = PatientReader(store: store)
    audit = AuditLog(store: store)
  }

  public func run(_ effect: Effect) -> [Event] {
    do throws(StoreError) {
      switch effect {
      case .search(let query, let generation, let limit):
        let ids = try search.ids(for: query, limit: limit)
        return [.searchFinished(generation: generation, try reader.listings(ids))]
      case .loadRecent(let limit):
        return [.recentLoaded(try reader.recent(for: clinician.userID, limit: limit))]
      case .openChart(let patientID):
        let summary = try audit.openChart(
          patientID, by: clinician, basis: .directLookup, at: clock())
        return [.chartOpened(summary)]
      case .quit:
        return []
      }
    } catch {
      return [.failed(Self.failure(error))]
    }
  }

  /// The store's error as the screens name it.
  public static func failure(_ error: StoreError) -> Failure {
    switch error {
    case .cannotOpen(let path): return .cannotOpen(path: path)
    case .corrupt(let path): return .storeCorrupt(path: path)
    case .locked: return .storeLocked
    case .readOnly: return .storeReadOnly
    case .diskFull: return .diskFull
    case .unsafeSettings(let s): return .unsafeSettings(s)
    case .newerSchema: return .newerSchema
    case .wrongKind(let expected, _): return .wrongStoreKind(demoExpected: expected == .demo)
    case .syntheticNumberInProductionStore: return .syntheticNumberInProductionStore
    case .patientNotFound: return .patientNotFound
    case .sqlite(let code, let message): return .other(code: code, message: message)
    }
  }
}
