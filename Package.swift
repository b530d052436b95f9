// swift-tools-version:6.0
import PackageDescription

// No Swift package dependencies: Foundation plus C libraries through system-library targets.
let package = Package(
  name: "Workstation",
  products: [
    .executable(name: "workstation", targets: ["Workstation"]),
    .executable(name: "workstation-bench", targets: ["Bench"]),
  ],
  targets: [
    .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
    .systemLibrary(name: "CSQLite3", path: "Sources/CSQLite3"),
    .systemLibrary(name: "CLibPQ", path: "Sources/CLibPQ"),
    .systemLibrary(name: "CCrypt", path: "Sources/CCrypt"),
    .target(name: "Clinical"),
    // A throwaway PostgreSQL for the tests and the benchmark; never part of the workstation.
    .target(name: "DevPostgres"),
    .target(name: "Store", dependencies: ["Clinical", "CSQLite3", "CLibPQ", "CCrypt"]),
    .target(name: "Screens", dependencies: ["Clinical"]),
    .target(
      name: "WorkstationKit",
      dependencies: ["Clinical", "Store", "Screens", "CNcursesw"]),
    .executableTarget(name: "Workstation", dependencies: ["WorkstationKit"]),
    .executableTarget(
      name: "Bench", dependencies: ["Clinical", "Store", "Screens", "WorkstationKit", "DevPostgres"]),
    .testTarget(name: "ClinicalTests", dependencies: ["Clinical"]),
    // A real PostgreSQL for the tests, and a central schema with users and a patient in it.
    .target(name: "TestSupport", dependencies: ["Store", "Clinical", "DevPostgres"], path: "Tests/TestSupport"),
    .testTarget(name: "StoreTests", dependencies: ["Store", "Clinical", "TestSupport"], exclude: ["Fixtures"]),
    .testTarget(
      name: "ScreensTests",
      dependencies: ["Screens", "Clinical", "Store", "WorkstationKit", "TestSupport"],
      exclude: ["Snapshots"]),
    .testTarget(
      name: "WorkstationKitTests",
      dependencies: ["WorkstationKit", "Screens", "Clinical", "Store", "TestSupport", "DevPostgres"]),
  ]
)
