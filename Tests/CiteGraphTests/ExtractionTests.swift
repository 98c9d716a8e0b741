import CiteGraph
import Foundation
import Testing

@Suite("Reference extraction")
struct ExtractionTests {
  /// One expected mention: target, relation, where its text starts (found in the fixture by a
  /// reference implementation) and its date.
  struct Expected {
    var target: String
    var relation: Relation
    var anchor: String
    var occurrence = 0
    var text: String
    var date: String? = nil
  }

  func check(_ name: String, _ expected: [Expected]) throws -> ResolvedDocument {
    let fixture = try FixtureText(name)
    let resolved = ReferenceExtractor().resolve(try DocumentReader.read(path: fixture.path))
    #expect(resolved.references.count == expected.count, "\(resolved.references.map { "\($0.target) \($0.relation)" })")
    for (reference, want) in zip(resolved.references, expected) {
      #expect(reference.target.canonical == want.target)
      #expect(reference.relation == want.relation, "\(want.target)")
      #expect(reference.text == want.text)
      #expect(reference.date?.iso == want.date, "\(want.target)")
      #expect(reference.source == resolved.identity.symbol)
      let position = try #require(fixture.position(of: want.anchor, occurrence: want.occurrence))
      #expect(reference.location.line == position.line, "\(want.target)")
      #expect(reference.location.column == position.column, "\(want.target)")
    }
    return resolved
  }

  @Test("PDF text: every symbol form, body carry-over, footnotes, hyphenation, ranges and findings")
  func pdfFixture() throws {
    let resolved = try check(
      "ga_pdf.txt",
      [
        Expected(
          target: "A/RES/57/270B", relation: .recalls, anchor: "57/270 B", text: "57/270 B of 23 June 2003",
          date: "2003-06-23"),
        Expected(
          target: "A/RES/377A(V)", relation: .recalls, anchor: "377 A (V)", text: "377 A (V) of 3 November 1950",
          date: "1950-11-03"),
        Expected(
          target: "A/RES/2200A(XXI)", relation: .recalls, anchor: "2200 A", text: "2200 A (XXI) of 16 December 1966",
          date: "1966-12-16"),
        Expected(target: "A/RES/66/288", relation: .reaffirms, anchor: "66/288", text: "66/288"),
        Expected(target: "A/RES/70/1", relation: .reaffirms, anchor: "70/1", text: "70/1"),
        Expected(target: "A/HRC/RES/31/1", relation: .reaffirms, anchor: "31/1", text: "31/1"),
        Expected(target: "S/RES/1325(2000)", relation: .reaffirms, anchor: "1325 (2000)", text: "1325 (2000)"),
        Expected(target: "E/RES/2016/11", relation: .notes, anchor: "2016/11", text: "2016/11"),
        Expected(target: "E/RES/1296(XLIV)", relation: .notes, anchor: "1296 (XLIV)", text: "1296 (XLIV)"),
        Expected(target: "E/CN.4/RES/2005/69", relation: .notes, anchor: "2005/69", text: "2005/69"),
        Expected(target: "A/DEC/79/512", relation: .cites, anchor: "79/512", text: "79/512"),
        Expected(target: "A/RES/S-26/2", relation: .cites, anchor: "S-26/2", text: "S-26/2"),
        Expected(target: "A/RES/ES-10/14", relation: .cites, anchor: "ES-10/14", text: "ES-10/14"),
        Expected(target: "A/HRC/RES/S-29/1", relation: .cites, anchor: "S-29/1", text: "S-29/1"),
        Expected(target: "A/RES/70/1", relation: .acknowledges, anchor: "70/1", occurrence: 1, text: "70/1"),
        Expected(target: "A/RES/51/4", relation: .welcomes, anchor: "51/4", text: "51/4"),
        Expected(target: "A/RES/60/1", relation: .welcomes, anchor: "60/1", text: "60/1"),
        Expected(target: "A/RES/60/2", relation: .welcomes, anchor: "60/1", text: "60/1 to 60/3"),
        Expected(target: "A/RES/60/3", relation: .welcomes, anchor: "60/3", text: "60/3"),
        Expected(
          target: "A/RES/69/239", relation: .cites, anchor: "69/239", text: "69/239 of 19 December 2014",
          date: "2014-12-19"),
        Expected(
          target: "A/RES/75/1", relation: .cites, anchor: "75/1", text: "75/1 of 21 September 2019", date: "2019-09-21"),
        Expected(target: "A/RES/69/313", relation: .welcomes, anchor: "69/313", text: "69/313"),
        Expected(target: "A/HRC/RES/52/1", relation: .welcomes, anchor: "52/1", text: "52/1"),
      ])
    #expect(resolved.references.filter(\.viaFootnote).map(\.target.canonical) == ["A/RES/69/313", "A/HRC/RES/52/1"])
    let fixture = try FixtureText("ga_pdf.txt")
    let broken = try #require(fixture.position(of: "22 December 2015"))
    let misdated = try #require(fixture.position(of: "75/1"))
    #expect(resolved.findings.map(\.code) == ["CG101", "CG102"])
    #expect(resolved.findings.map(\.location.line) == [broken.line, misdated.line])
    #expect(resolved.findings.map(\.location.column) == [broken.column, misdated.column])
  }

  @Test("markdown: a footnote marked twice takes both paragraphs' verbs")
  func markdownFixture() throws {
    let resolved = try check(
      "ga_markdown.md",
      [
        Expected(
          target: "A/RES/64/222", relation: .recalls, anchor: "64/222", text: "64/222 of 21 December 2009",
          date: "2009-12-21"),
        Expected(target: "A/RES/64/222", relation: .recalls, anchor: "64/222", occurrence: 1, text: "64/222"),
        Expected(target: "A/RES/64/222", relation: .welcomes, anchor: "64/222", occurrence: 1, text: "64/222"),
        Expected(target: "A/RES/70/1", relation: .welcomes, anchor: "70/1", text: "70/1"),
      ])
    #expect(resolved.findings.isEmpty)
  }

  @Test("Security Council: its resolutions, written ranges, General Assembly citations")
  func councilFixture() throws {
    let resolved = try check(
      "sc_resolution.txt",
      [
        Expected(target: "S/RES/1(1946)", relation: .recalls, anchor: "1 (1946)", text: "1 (1946)", date: nil),
        Expected(target: "S/RES/2(1946)", relation: .recalls, anchor: "1 (1946)", text: "1 (1946) to 3 (1946)"),
        Expected(target: "S/RES/3(1946)", relation: .recalls, anchor: "3 (1946)", text: "3 (1946)"),
        Expected(
          target: "S/RES/1000(1995)", relation: .recalls, anchor: "1000 (1995)", text: "1000 (1995) of 23 June 1995",
          date: "1995-06-23"),
        Expected(
          target: "A/RES/1514(XV)", relation: .reaffirms, anchor: "1514 (XV)", text: "1514 (XV) of 14 December 1960",
          date: "1960-12-14"),
        Expected(target: "S/RES/1100(1997)", relation: .reaffirms, anchor: "1100 (1997)", text: "1100 (1997)"),
      ])
    #expect(resolved.findings.isEmpty)
  }

  @Test("every example of the verb table gives its relation")
  func verbTable() {
    for (opening, relation) in VerbTable.examples {
      #expect(VerbTable.relation(opening: opening) == relation, "\(opening)")
    }
  }

  @Test("every example of the body table resolves to its symbol, or to nothing for other bodies")
  func bodyTable() throws {
    for (text, symbol) in BodyTable.examples {
      let source = "The General Assembly,\n\nRecalling \(text),\n"
      let resolved = ReferenceExtractor().resolve(try DocumentReader.read(bytes: Array(source.utf8), file: "t.txt"))
      #expect(resolved.references.map(\.target.canonical) == (symbol.map { [$0] } ?? []), "\(text)")
    }
  }

  @Test("report symbols, page counters and job numbers are never references")
  func noFurniture() throws {
    let source = """
      The General Assembly,

      Taking note of the reports on resolution 70/1 (A/78/429, S/8914, E/2019/28 and A/CONF.219/2023/3), 2/3 and 23-24979,

      """
    let resolved = ReferenceExtractor().resolve(try DocumentReader.read(bytes: Array(source.utf8), file: "r.txt"))
    #expect(resolved.references.map(\.target.canonical) == ["A/RES/70/1"])
  }

  @Test("other bodies' resolutions told apart by their dates and session numbers")
  func otherBodies() throws {
    let source = """
      The General Assembly,

      Recalling resolution 5/14 of 2 March 2022 of the United Nations Environment Assembly, decision 2016/13 of \
      10 June 2016 of the Executive Board, and resolution 79/8 of 19 May 2023 of the Economic and Social \
      Commission for Asia and the Pacific, as well as its resolution 78/1,

      """
    let resolved = ReferenceExtractor().resolve(try DocumentReader.read(bytes: Array(source.utf8), file: "o.txt"))
    #expect(resolved.references.map(\.target.canonical) == ["A/RES/78/1"])
  }
}
