/// The help layer over a screen: the bindings of the screen beneath, scrolled.
public struct HelpState: Equatable, Sendable {
  /// The keymap sections of the screen the help is about.
  public let contexts: [KeymapContext]
  public var scroll = 0

  public init(contexts: [KeymapContext]) { self.contexts = contexts }
}
