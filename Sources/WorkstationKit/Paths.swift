import Foundation

/// Where the workstation keeps its files (XDG base directories).
public struct Paths: Sendable {
  public let dataDirectory: String
  public let configDirectory: String

  public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    let home = environment["HOME"] ?? NSHomeDirectory()
    dataDirectory = (environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/share") + "/workstation"
    configDirectory = (environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config") + "/workstation"
  }

  public var storePath: String { dataDirectory + "/store.sqlite" }
  public var demoStorePath: String { dataDirectory + "/demo.sqlite" }
  public var userKeymapPath: String { configDirectory + "/keymap" }
}
