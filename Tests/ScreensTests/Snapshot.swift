import Foundation
import XCTest

/// Compares a rendered screen with Tests/ScreensTests/Snapshots/NAME.screen. Records it when
/// missing (outside CI) or when RECORD_SNAPSHOTS=1; on a difference prints the differing rows.
func assertSnapshot(
  _ actual: String, named name: String, file: StaticString = #filePath, line: UInt = #line
) {
  let folder = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("Snapshots")
  let url = folder.appendingPathComponent("\(name).screen")
  let environment = ProcessInfo.processInfo.environment
  let record = environment["RECORD_SNAPSHOTS"] == "1"
  guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
    if environment["CI"] == "true" && !record {
      XCTFail("snapshot \(name) is missing; record it with RECORD_SNAPSHOTS=1", file: file, line: line)
      return
    }
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try? actual.write(to: url, atomically: true, encoding: .utf8)
    return
  }
  guard expected != actual else { return }
  let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
  var diff: [String] = []
  for i in 0..<max(e.count, a.count) {
    let left = i < e.count ? String(e[i]) : "<none>"
    let right = i < a.count ? String(a[i]) : "<none>"
    if left != right { diff.append("line \(i + 1):\n  expected \(left)\n  actual   \(right)") }
  }
  XCTFail("snapshot \(name) differs:\n" + diff.joined(separator: "\n"), file: file, line: line)
}
