/// A store is either a workstation's real store or a demo store of fictional patients; the kind
/// is written inside the file at creation and checked at every open.
public enum StoreKind: String, Sendable, Equatable {
  case production
  case demo
}
