import Clinical
import Foundation
import Store

let n = Int(CommandLine.arguments.dropFirst().first ?? "1000000") ?? 1_000_000
let path = NSTemporaryDirectory() + "bench-\(getpid()).sqlite"
let t0 = Date()
let store = try DemoStoreBuilder.build(at: path, population: SyntheticPopulation(size: n))
print("load \(n): \(Date().timeIntervalSince(t0)) s")
let search = PatientSearch(store: store)
let v = IdentifierValidator.inForce(on: CivilDate(year: 2026, month: 11, day: 27)!)
for q in ["kari", "nordm kari", "kari n", "han", "h", "ø", "ødeg", "xqz", "12834823460", "1283", "N2346", "120348", "sen"] {
  let query = LookupQuery.parse(q, today: CivilDate(year: 2026, month: 11, day: 27)!, validator: v)
  var best = 1e9
  var ids: [Int64] = []
  for _ in 0..<50 { let t = Date(); ids = try search.ids(for: query, limit: 20); best = min(best, Date().timeIntervalSince(t)) }
  let names = try PatientReader(store: store).listings(Array(ids.prefix(3))).map(\.name.full)
  print(q, ids.count, String(format: "%.3f ms", best * 1000), names)
}
