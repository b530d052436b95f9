/// The screens on the navigation stack; the bottom one is always patient lookup.
public enum Screen: Equatable, Sendable {
  case lookup(LookupState)
  case chart(ChartState)
  case accessLog(AccessLogState)
  case vitals(VitalsFormState)
  case vitalsHistory(VitalsHistoryState)
  case cave(CaveFormState)

  /// The keymap sections of this screen, most specific first (global comes last, always).
  var contexts: [KeymapContext] {
    switch self {
    case .lookup: return [.field, .patientLookup, .list, .global]
    case .chart: return [.chart, .list, .global]
    case .accessLog, .vitalsHistory: return [.list, .global]
    case .vitals, .cave: return [.form, .field, .global]
    }
  }
}
