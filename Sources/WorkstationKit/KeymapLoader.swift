import Foundation
import Screens

/// Loads the effective keymap: the shipped default, the user's file, then `--keymap FILE`.
public enum KeymapLoader {
  /// Finds Keymaps/default.keymap beside the executable's checkout or in the working directory;
  /// WORKSTATION_KEYMAPS names the folder explicitly.
  public static func defaultKeymapPath(environment: [String: String]) -> String? {
    if let dir = environment["WORKSTATION_KEYMAPS"] { return dir + "/default.keymap" }
    var candidates: [URL] = []
    if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      candidates.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
    }
    candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    for start in candidates {
      var dir = start
      for _ in 0..<6 {
        let path = dir.appendingPathComponent("Keymaps/default.keymap").path
        if FileManager.default.fileExists(atPath: path) { return path }
        dir = dir.deletingLastPathComponent()
      }
    }
    return nil
  }

  public static func load(
    defaultPath: String, userPath: String?, extraPath: String?
  ) throws(KeymapError) -> Keymap {
    var keymap = Keymap()
    try keymap.merge(try read(defaultPath), file: defaultPath)
    if let userPath, FileManager.default.fileExists(atPath: userPath) {
      try keymap.merge(try read(userPath), file: userPath)
    }
    if let extraPath { try keymap.merge(try read(extraPath), file: extraPath) }
    return keymap
  }

  private static func read(_ path: String) throws(KeymapError) -> String {
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else { throw KeymapError(file: path, line: 0, problem: .unreadable) }
    return text
  }
}
