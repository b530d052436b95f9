import DevPostgres
import Foundation
import XCTest

/// The tests' PostgreSQL 15: one throwaway cluster per test run, started on first use and
/// stopped when the run ends. Under CI=true a missing PostgreSQL is a failure, never a skip.
public enum TestPostgres {
  nonisolated(unsafe) private static var cluster: ThrowawayCluster?

  /// The superuser URL of the running cluster, starting it on first use.
  public static func url(file: StaticString = #filePath, line: UInt = #line) throws -> String {
    try running(file: file, line: line).url
  }

  /// A fresh database in the cluster, so each test installs the schema on an empty one.
  public static func database(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
    try running(file: file, line: line).database(name)
  }

  private static func running(file: StaticString, line: UInt) throws -> ThrowawayCluster {
    if let cluster { return cluster }
    guard ThrowawayCluster.isInstalled else {
      if ProcessInfo.processInfo.environment["CI"] == "true" {
        XCTFail("PostgreSQL 15 is not installed (.ci/run installs it)", file: file, line: line)
      }
      throw XCTSkip("PostgreSQL 15 is not installed")
    }
    // A port of its own by process id; if another program holds it, the next few are tried.
    let first = 55_000 + Int(getpid() % 5_000)
    var port = first
    while true {
      do {
        let started = try ThrowawayCluster(port: port)
        cluster = started
        atexit { TestPostgres.cluster?.stop() }
        return started
      } catch where port < first + 4 {
        port += 1
      }
    }
  }
}
