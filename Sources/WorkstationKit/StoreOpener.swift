import Clinical
import Foundation
import Store

/// Opens the store the command line asks for: the demo store (built on first start, or rebuilt
/// when `--population` asks for another size) or the user's own store (created empty).
enum StoreOpener {
  static func open(
    _ arguments: Arguments, paths: Paths, announceBuild: (Int) -> Void
  ) throws(StoreError) -> PatientStore {
    let kind: StoreKind = arguments.demo ? .demo : .production
    let path = arguments.storePath ?? (arguments.demo ? paths.demoStorePath : paths.storePath)
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty {
      do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      } catch {
        throw .cannotOpen(path: path)
      }
    }
    guard kind == .demo else { return try PatientStore(path: path, kind: .production) }
    if FileManager.default.fileExists(atPath: path) {
      let store = try PatientStore(path: path, kind: .demo)
      let size = try store.meta("population.size").flatMap { Int($0) }
      if arguments.population == nil || arguments.population == size { return store }
    }
    let size = arguments.population ?? SyntheticPopulation.defaultSize
    announceBuild(size)
    return try DemoStoreBuilder.build(at: path, population: SyntheticPopulation(size: size))
  }
}
