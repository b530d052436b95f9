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

  /// The first key that reaches `action` in `contexts`: a key an earlier context binds to
  /// something else is passed over (Enter in a prompt submits, so it is not "next field" there).
  public func key(for action: Action, in contexts: [KeymapContext]) -> String? {
    reachable(in: contexts).first { $0.action == action }?.keys
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
