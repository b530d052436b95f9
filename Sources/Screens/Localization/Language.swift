/// The user's language: Norwegian bokmål by default, English with `--lang en`.
public enum Language: String, CaseIterable, Sendable {
  case nb
  case en

  /// The catalogue of every string the workstation shows in this language.
  public func text(_ t: Text) -> String {
    switch self {
    case .nb: return CatalogueNB.text(t)
    case .en: return CatalogueEN.text(t)
    }
  }
}
