/// The effective bindings as plain data, so pure views can show keys in the footer and the help
/// layer without knowing how the keymap was loaded.
public struct KeyHints: Equatable, Sendable {
  public struct Binding: Equatable, Sendable {
    public let context: KeymapContext
    public let keys: String
    public let action: Action
    public let note: String?

    public init(context: KeymapContext, keys: String, action: Action, note: String?) {
      self.context = context
      self.keys = keys
      self.action = action
      self.note = note
    }
  }

  public let bindings: [Binding]

  public init(bindings: [Binding]) { self.bindings = bindings }

  /// The first key bound to `action` in the first of `contexts` that binds it.
  public func key(for action: Action, in contexts: [KeymapContext]) -> String? {
    for context in contexts {
      if let b = bindings.first(where: { $0.context == context && $0.action == action }) {
        return b.keys
      }
    }
    return nil
  }

  /// Every binding reachable in `contexts`, in context order, shadowed keys left out.
  public func reachable(in contexts: [KeymapContext]) -> [Binding] {
    var seen = Set<String>()
    var out: [Binding] = []
    for context in contexts {
      for b in bindings where b.context == context && seen.insert(b.keys).inserted {
        out.append(b)
      }
    }
    return out
  }
}
