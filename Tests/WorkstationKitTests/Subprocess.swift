import Foundation
import XCTest

/// Runs a program to completion with posix_spawn and waitpid. Foundation's Process can miss the
/// exit of a child whose own child lives on (the tmux client starting the tmux server), and a
/// pipe inherited by such a daemon never reaches end of file; temporary files and waitpid
/// have neither problem.
enum Subprocess {
  struct Result {
    let output: String
    let status: Int32
  }

  static func run(_ arguments: [String], input: String = "") throws -> Result {
    let folder = NSTemporaryDirectory() + "ws-sub-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try input.write(toFile: folder + "/in", atomically: true, encoding: .utf8)
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, folder + "/in", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, folder + "/out", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ)
    guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EINVAL) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let output = (try? String(contentsOfFile: folder + "/out", encoding: .utf8)) ?? ""
    // WEXITSTATUS, spelled out: the macro does not import.
    return Result(output: output, status: (status >> 8) & 0xFF)
  }

  /// Starts a program with `input` on standard input and its output discarded; returns its pid
  /// for the caller to signal and reap.
  static func start(_ arguments: [String], input: String) throws -> pid_t {
    let inputPath = NSTemporaryDirectory() + "ws-in-" + UUID().uuidString
    try input.write(toFile: inputPath, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: inputPath) }
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ)
    guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EINVAL) }
    return pid
  }
}

extension XCTestCase {
  /// The built `workstation` binary, as `./test` builds it before the tests; without it a test
  /// skips, and under CI=true fails.
  func builtWorkstation() throws -> String {
    let binary = IdentifierCommandTests.binary
    let ready = FileManager.default.isExecutableFile(atPath: binary)
    if !ready && ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail("needs .build/debug/workstation (run ./test)") }
    try XCTSkipUnless(ready, "needs a built workstation binary")
    return binary
  }
}
