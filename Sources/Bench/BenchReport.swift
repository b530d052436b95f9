import Foundation

/// The printed table: each figure beside its budget and an engine baseline measured in the same
/// run, because these machines are noisy and a figure alone says little.
struct BenchReport {
  struct Row {
    let figure: String
    let p50: Double
    let p99: Double
    /// The budget applies to p99 (or to the one sample of a one-off figure).
    let budget: Double
    let baseline: String
  }

  private(set) var rows: [Row] = []

  mutating func add(_ figure: String, _ m: Measurement, budget: Double, baseline: String) {
    rows.append(Row(figure: figure, p50: m.p50, p99: m.p99, budget: budget, baseline: baseline))
  }

  var missed: [Row] { rows.filter { !($0.p99 <= $0.budget) } }

  func printed() -> String {
    func ms(_ v: Double) -> String { v >= 100 ? String(format: "%.0f", v) : String(format: "%.3f", v) }
    var out = "figure".padding(toLength: 44, withPad: " ", startingAt: 0)
      + "     p50 ms     p99 ms  budget ms  ok  baseline (same run)\n"
    for r in rows {
      out += r.figure.padding(toLength: 44, withPad: " ", startingAt: 0)
      out += ms(r.p50).leftPad(11) + ms(r.p99).leftPad(11) + ms(r.budget).leftPad(11)
      out += (r.p99 <= r.budget ? "  ok" : "  MISSED") + "  " + r.baseline + "\n"
    }
    return out
  }
}

extension String {
  func leftPad(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
