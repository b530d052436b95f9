import Clinical
import XCTest

final class CodeListTests: XCTestCase {
  let icpc2 = CodeList.icpc2

  func test_every_chapter_has_symptoms_diagnoses_and_the_forty_process_codes() {
    for chapter in "ABDFHKLNPRSTUWXYZ" {
      let codes = icpc2.codes.filter { $0.code.first == chapter }.compactMap { Int($0.code.dropFirst().prefix(2)) }
      XCTAssertTrue(codes.contains { $0 < 30 }, "\(chapter) symptoms")
      // Chapter Z, social problems, has no diagnosis component.
      XCTAssertEqual(codes.contains { $0 >= 70 }, chapter != "Z", "\(chapter) diagnoses")
      XCTAssertEqual(codes.filter { (30...69).contains($0) }.count, 40, "\(chapter) process codes")
    }
  }

  func test_codes_are_unique_well_formed_and_titled() {
    XCTAssertEqual(Set(icpc2.codes.map(\.code)).count, icpc2.codes.count)
    for code in icpc2.codes {
      XCTAssertTrue(code.code.range(of: #"^[ABDFHKLNPRSTUWXYZ][0-9]{2}[0-9]?$"#, options: .regularExpression) != nil, code.code)
      XCTAssertFalse(code.title.isEmpty, code.code)
    }
    XCTAssertGreaterThan(icpc2.codes.count, 1300)
  }

  func test_titles_are_the_norwegian_ones() {
    XCTAssertEqual(icpc2.code("A01")?.title, "Smerte generell/flere steder")
    XCTAssertEqual(icpc2.code("K86")?.title, "Hypertensjon ukomplisert")
    XCTAssertEqual(icpc2.code("T90")?.title, "Diabetes type 2")
    XCTAssertEqual(icpc2.code("R74")?.title, "Akutt øvre luftveisinfeksjon")
    XCTAssertEqual(icpc2.code("Z29")?.title, "Sosialt problem IKA")
    XCTAssertEqual(icpc2.code("W79")?.title, "Uønsket svangerskap")
    XCTAssertEqual(icpc2.code("k86"), icpc2.code("K86"))
  }

  func test_codes_that_do_not_exist_are_not_found() {
    XCTAssertNil(icpc2.code("K00"))
    XCTAssertNil(icpc2.code("A12"))
    XCTAssertNil(icpc2.code("Q70"))
    XCTAssertNil(icpc2.code("K86.1"))
  }

  func test_search_by_code_prefix_then_by_words_of_the_title() {
    XCTAssertEqual(icpc2.search("K86", limit: 5).first?.code, "K86")
    XCTAssertEqual(Array(icpc2.search("k8", limit: 3).map(\.code)), ["K80", "K81", "K82"])
    XCTAssertEqual(icpc2.search("hypertensjon", limit: 5).map(\.code), ["K86", "K87"])
    XCTAssertEqual(icpc2.search("diab type 2", limit: 5).map(\.code), ["T90"])
    XCTAssertTrue(icpc2.search("øvre luftvei", limit: 5).map(\.code).contains("R74"))
    XCTAssertEqual(icpc2.search("", limit: 5), [])
    XCTAssertEqual(icpc2.search("xyzzy", limit: 5), [])
  }

  func test_only_component_7_codes_are_diagnoses() {
    XCTAssertTrue(icpc2.code("K86")!.isICPC2Diagnosis)
    XCTAssertTrue(icpc2.code("R991")!.isICPC2Diagnosis)
    XCTAssertFalse(icpc2.code("R05")!.isICPC2Diagnosis)
    XCTAssertFalse(icpc2.code("K31")!.isICPC2Diagnosis)
    XCTAssertTrue(icpc2.code("Z12")!.isICPC2Diagnosis)
    XCTAssertFalse(icpc2.code("Z45")!.isICPC2Diagnosis)
  }
}

final class ICD10Tests: XCTestCase {
  func test_the_22_chapters_cover_every_letter_and_find_a_codes_chapter() {
    XCTAssertEqual(ICD10Chapter.all.count, 22)
    XCTAssertEqual(ICD10Chapter.of("E11.9")?.numeral, "IV")
    XCTAssertEqual(ICD10Chapter.of("H66")?.numeral, "VIII")
    XCTAssertEqual(ICD10Chapter.of("H40")?.numeral, "VII")
    XCTAssertEqual(ICD10Chapter.of("T81")?.numeral, "XIX")
    XCTAssertEqual(ICD10Chapter.of("U07")?.numeral, "XXII")
    XCTAssertEqual(ICD10Chapter.of("I10")?.title, "Sykdommer i sirkulasjonssystemet")
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" {
      XCTAssertNotNil(ICD10Chapter.of("\(letter)50"), "\(letter)")
    }
  }

  func test_common_codes_are_found_with_or_without_the_dot_and_by_words() {
    let icd10 = CodeList.icd10
    XCTAssertEqual(icd10.code("I10")?.title, "Essensiell (primær) hypertensjon")
    XCTAssertEqual(icd10.code("i48.0")?.code, "I480")
    XCTAssertEqual(icd10.search("hjertesvikt", limit: 5).map(\.code), ["I500", "I509"])
    XCTAssertNil(icd10.code("I99.99"))
    for code in icd10.codes {
      XCTAssertNotNil(ICD10Chapter.of(code.code), code.code)
      XCTAssertTrue(code.code.range(of: #"^[A-Z][0-9]{2}[0-9]?$"#, options: .regularExpression) != nil, code.code)
    }
  }
}

final class CodeSearchRankingTests: XCTestCase {
  func test_whole_words_come_before_words_that_only_start_the_same() {
    let found = CodeList.icpc2.search("hals", limit: 5).map(\.code)
    XCTAssertEqual(found.first, "R21", "\(found)")
    XCTAssertTrue(found.contains("D03"))
  }
}
