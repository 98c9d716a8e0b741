import CiteGraph
import Testing

/// PDF noise the resolver meets in texts outside the gold set: footnote markers glued onto digits,
/// decimals, other organizations' symbols after the keyword, early Security Council typography.
extension ExtractionTests {
  func resolve(_ source: String, file: String = "n.txt") throws -> ResolvedDocument {
    ReferenceExtractor().resolve(try DocumentReader.read(bytes: Array(source.utf8), file: file))
  }

  func summary(_ resolved: ResolvedDocument) -> [String] {
    resolved.references.map { "\($0.target.canonical) \($0.relation.rawValue) \($0.text)" }
  }

  /// Footnote 3 is glued onto `78/286`, footnote 4 onto the year `2030`; footnote 5 stands after the
  /// counting word "resolutions" but set apart by two spaces; `4.5` is a decimal, never marker 1.
  @Test("footnote markers glued onto digits are split off; the number and the relation stay right")
  func gluedMarkers() throws {
    let source = """
      A/RES/80/7

      80/7. Glued markers

      The General Assembly,

      Welcoming the growth of 4.5 per cent and the Agenda,1 and resolution 79/12,2

      Reaffirming its resolutions 78/2863 and 78/287 of 19 December 2023 and the Framework 2015–20304,

      Recalling other relevant resolutions 5  on the subject,

      1. Requests a report;
      __________________

      1  Resolution 70/1.

      2  A/79/1.

      3  A/HRC/55/2.

      4  Resolution 69/283, annex II.

      5  Resolutions 60/1 and 61/1.

      """
    let resolved = try resolve(source)
    #expect(
      summary(resolved) == [
        "A/RES/79/12 welcomes 79/12",
        "A/RES/78/286 reaffirms 78/286",
        "A/RES/78/287 reaffirms 78/287 of 19 December 2023",
        "A/RES/70/1 welcomes 70/1",
        "A/RES/69/283 reaffirms 69/283",
        "A/RES/60/1 recalls 60/1",
        "A/RES/61/1 recalls 61/1",
      ])
    let reference = try #require(resolved.references.first { $0.target.canonical == "A/RES/78/286" })
    // Line 9 reads "Reaffirming its resolutions 78/2863": 28 bytes precede the number.
    #expect(reference.location.line == 9)
    #expect(reference.location.column == 29)
  }

  @Test("a keyword before another organization's symbol opens no list")
  func foreignSymbol() throws {
    let source = """
      The General Assembly,

      Welcoming decision Assembly/AU/Decl. 8 (XXXII) of the African Union and its resolution 78/1,

      """
    #expect(summary(try resolve(source)) == ["A/RES/78/1 welcomes 78/1"])
  }

  @Test("early Security Council texts: Roman I printed as 1, special sessions in Arabic numerals")
  func earlyCouncilTypography() throws {
    let source = """
      Resolution 60 (1948)
      of 19 October 1948

      The Security Council,

      Having accepted General Assembly resolution 41 (1) of 14 December 1946 and resolution
      186 (S-2) of 14 May 1948,

      1. Recalls its resolution 50 (1948);

      """
    #expect(
      summary(try resolve(source)) == [
        "A/RES/41(I) cites 41 (1) of 14 December 1946", "A/RES/186(S-II) cites 186 (S-2) of 14 May 1948",
        "S/RES/50(1948) recalls 50 (1948)",
      ])
  }

  @Test("old-style emergency special session symbols: `1474 (ES-IV)`")
  func emergencySpecialRoman() throws {
    let source = """
      Resolution 161 (1961)
      of 21 February 1961

      The Security Council,

      Recalling its resolution 143 (1960) and General Assembly resolution 1474 (ES-IV) of
      20 September 1960 and resolutions 2252 (ES-V) and 2253 (ES-V),

      1. Urges that measures be taken;

      """
    let resolved = try resolve(source)
    #expect(
      summary(resolved) == [
        "S/RES/143(1960) recalls 143 (1960)", "A/RES/1474(ES-IV) recalls 1474 (ES-IV) of 20 September 1960",
        "A/RES/2252(ES-V) recalls 2252 (ES-V)", "A/RES/2253(ES-V) recalls 2253 (ES-V)",
      ])
    let reference = try #require(resolved.references.dropFirst().first)
    // Line 6 reads "Recalling its resolution 143 (1960) and General Assembly resolution 1474 (ES-IV) of".
    #expect(reference.location.line == 6)
    #expect(reference.location.column == 69)
  }

  @Test("a Security Council heading below a long masthead is still the document's identity")
  func lateCouncilHeading() throws {
    let masthead = (1...9).map { "Masthead line \($0)" }.joined(separator: "\n")
    let source = """
      \(masthead)

      Resolution 601 (1987)
      of 30 October 1987

      The Security Council,

      1. Recalls its resolution 600 (1987);

      """
    let resolved = try resolve(source)
    #expect(resolved.identity.symbol?.canonical == "S/RES/601(1987)")
    #expect(resolved.identity.date?.iso == "1987-10-30")
    #expect(summary(resolved) == ["S/RES/600(1987) recalls 600 (1987)"])
  }
}
