import Foundation

/// Timings of one figure, in milliseconds, with the percentiles the budgets speak of.
struct Measurement {
  private(set) var samples: [Double] = []

  @discardableResult
  mutating func time<T>(_ body: () throws -> T) rethrows -> T {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = try body()
    samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    return result
  }

  mutating func add(_ other: Measurement) { samples += other.samples }

  func percentile(_ p: Double) -> Double {
    guard !samples.isEmpty else { return .nan }
    let sorted = samples.sorted()
    return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
  }

  var count: Int { samples.count }
  var p50: Double { percentile(0.5) }
  var p99: Double { percentile(0.99) }
}
