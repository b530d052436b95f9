import Clinical
import Foundation
import Store

/// A fresh folder per test, removed afterwards.
func temporaryFolder() -> String {
  let path = NSTemporaryDirectory() + "ws-store-test-" + UUID().uuidString
  try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

let testToday = CivilDate(year: 2026, month: 11, day: 27)!

func query(_ text: String) -> LookupQuery {
  LookupQuery.parse(text, today: testToday, validator: .inForce(on: testToday))
}
