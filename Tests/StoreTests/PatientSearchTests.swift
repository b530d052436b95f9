import Clinical
import Foundation
import XCTest

@testable import Store

/// Lookup on a real SQLite demo store of 3,000 patients, built once for the class.
final class PatientSearchTests: XCTestCase {
  nonisolated(unsafe) static var store: PatientStore?
  nonisolated(unsafe) static var folder = ""

  override class func setUp() {
    folder = temporaryFolder()
    store = try? DemoStoreBuilder.build(
      at: folder + "/demo.sqlite", population: SyntheticPopulation(size: 3_000))
  }

  override class func tearDown() {
    store = nil
    try? FileManager.default.removeItem(atPath: folder)
  }

  func names(_ text: String, limit: Int = 50) throws -> [String] {
    let store = try XCTUnwrap(Self.store)
    let ids = try PatientSearch(store: store).ids(for: query(text), limit: limit)
    return try PatientReader(store: store).listings(ids).map(\.name.full)
  }

  func test_the_full_number_finds_exactly_kari_nordmann() throws {
    XCTAssertEqual(try names("12834823460"), ["Kari Nordmann"])
  }

  func test_name_fragments_in_any_order_find_kari_nordmann() throws {
    XCTAssertTrue(try names("nordm kari").contains("Kari Nordmann"))
    XCTAssertTrue(try names("kari nordm").contains("Kari Nordmann"))
    XCTAssertTrue(try names("kari n").contains("Kari Nordmann"))
    XCTAssertFalse(try names("kari n").contains("Ola Nordmann"))
  }

  func test_every_word_must_start_a_name_word() throws {
    for name in try names("nordm kari") {
      let words = NameKey.words(name)
      XCTAssertTrue(words.contains { $0.hasPrefix("nordm") } && words.contains { $0.hasPrefix("kari") }, name)
    }
  }

  func test_capital_oe_finds_small_oe_and_aa_never_matches_a() throws {
    XCTAssertTrue(try names("ØDEG").contains("Åse Ærlig Ødegård"))
    XCTAssertTrue(try names("ærlig").contains("Åse Ærlig Ødegård"))
    let aWords = try names("as")
    XCTAssertFalse(aWords.isEmpty)
    for name in aWords {
      XCTAssertTrue(NameKey.words(name).contains { $0.hasPrefix("as") }, "“as” must not match å: \(name)")
    }
  }

  func test_birth_date_with_and_without_name_letters() throws {
    XCTAssertTrue(try names("120348").contains("Kari Nordmann"))
    XCTAssertEqual(try names("12.03.1948 nord"), ["Kari Nordmann"])
    XCTAssertTrue(try names("29021996").contains("Åse Ærlig Ødegård"))
  }

  func test_family_initial_and_personal_number_vista_style() throws {
    XCTAssertTrue(try names("N2346").contains("Kari Nordmann"))
    XCTAssertTrue(try names("n23460").contains("Kari Nordmann"))
    XCTAssertFalse(try names("H2346").contains("Kari Nordmann"))
  }

  func test_partial_number_finds_numbers_that_start_so() throws {
    let store = try XCTUnwrap(Self.store)
    let ids = try PatientSearch(store: store).ids(for: query("1283482"), limit: 50)
    let listings = try PatientReader(store: store).listings(ids)
    XCTAssertTrue(listings.contains { $0.identifier == "12834823460" })
    XCTAssertTrue(listings.allSatisfy { $0.identifier.hasPrefix("1283482") })
  }

  func test_a_fragment_inside_a_word_is_found_through_the_trigram_index() throws {
    XCTAssertTrue(try names("ansen").contains("Per Hansen"))
  }

  func test_a_fragment_nobody_has_finds_nothing() throws {
    XCTAssertEqual(try names("xqzw"), [])
    XCTAssertEqual(try names("qx"), [])
  }

  func test_results_are_capped_at_the_limit_without_duplicates() throws {
    let found = try names("a", limit: 20)
    XCTAssertEqual(found.count, 20)
    let store = try XCTUnwrap(Self.store)
    let ids = try PatientSearch(store: store).ids(for: query("an an"), limit: 50)
    XCTAssertEqual(ids.count, Set(ids).count)
  }

  func test_the_unidentified_patient_is_found_by_h_number() throws {
    XCTAssertEqual(try names("01418010181"), ["Ukjent Legevaktpasient"])
  }
}

final class NorwegianOrderTests: XCTestCase {
  func test_word_start_matches_come_in_norwegian_alphabetical_order_with_aa_last() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = try DemoStoreBuilder.build(
      at: folder + "/demo.sqlite", population: SyntheticPopulation(size: 20_000))
    let ids = try PatientSearch(store: store).ids(for: query("ødegård"), limit: 400)
    let given = try PatientReader(store: store).listings(ids).map { NameKey.fold($0.name.given) }
    XCTAssertTrue(given.contains { $0.hasPrefix("å") } && given.contains { $0.hasPrefix("ø") })
    let alphabet = Array("abcdefghijklmnopqrstuvwxyzæøå")
    func rank(_ s: String) -> [Int] { s.map { alphabet.firstIndex(of: $0) ?? -1 } }
    let ranks = given.map(rank)
    XCTAssertEqual(ranks, ranks.sorted { $0.lexicographicallyPrecedes($1) })
  }
}
