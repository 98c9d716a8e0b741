import CiteGraph
import Testing

/// What belongs to the text itself: mentions of its own symbol, publishers' notes and the next
/// resolution's heading in the Security Council's hand-corrected texts.
extension ExtractionTests {
  @Test("a mention of the text's own symbol stays a reference; the graph gives it no self-loop")
  func selfCitation() throws {
    let source = """
      A/RES/79/906

      79/906. Culture and sustainable development

      The General Assembly,

      Recalling its resolutions 78/161 of 19 December 2023 and 79/906,

      1. Decides to include in the agenda an item entitled "Implementation of resolution 79/906".

      """
    let resolved = try resolve(source)
    #expect(resolved.identity.symbol?.canonical == "A/RES/79/906")
    // "Decides" is none of the normalized relations, so the agenda item's mention only cites.
    #expect(
      summary(resolved) == [
        "A/RES/78/161 recalls 78/161 of 19 December 2023", "A/RES/79/906 recalls 79/906",
        "A/RES/79/906 cites 79/906",
      ])
    // Line 7 reads "Recalling its resolutions 78/161 of 19 December 2023 and 79/906,".
    let own = try #require(resolved.references.first { $0.target == resolved.identity.symbol })
    #expect(own.location.line == 7)
    #expect(own.location.column == 58)
    let graph = GraphBuilder().build([resolved])
    #expect(
      graph.edgeRecords.map { "\(graph[$0.source].symbol)>\(graph[$0.target].symbol)" } == [
        "A/RES/79/906>A/RES/78/161"
      ])
  }

  /// Laid out like the Council's hand-corrected volumes: the adoption line, the footnotes, then the
  /// editors' "Decisions" and the next resolution's heading.
  @Test("in Security Council volumes, editors' notes and what follows the adoption block are not the text")
  func councilEditorialMatter() throws {
    let source = """
      Resolution 471 (1980)
      of 5 June 1980

      The Security Council,

      Recalling its resolutions 468 (1980) and 469 (1980),

      1. Reaffirms its resolution 465 (1980), 3 and calls for its implementation;

      2. Requests the Commission established under
      resolution 446 (1979) 4 to report.

      Adopted at the 2226th meeting
      by 14 votes to none, with 1
      abstention.

      3 By its resolution 478 (1980), the Council decided to
      enlarge the Commission.

      4 See resolution 452 (1979) of 20 July 1979.

      Decisions

      At its 2232nd meeting, on 17 June 1980, the Council
      decided to maintain the Commission established under resolution 446 (1979).

      Resolution 472 (1980)
      of 6 June 1980

      """
    let resolved = try resolve(source)
    #expect(resolved.identity.symbol?.canonical == "S/RES/471(1980)")
    #expect(resolved.identity.date?.iso == "1980-06-05")
    // Footnote 3 tells of resolution 478, adopted later: the editors' note, left out. Footnote 4 is
    // the text's own and cites with the relation of paragraph 2 (no verb of the table: cites).
    #expect(
      summary(resolved) == [
        "S/RES/468(1980) recalls 468 (1980)", "S/RES/469(1980) recalls 469 (1980)",
        "S/RES/465(1980) reaffirms 465 (1980)", "S/RES/446(1979) cites 446 (1979)",
        "S/RES/452(1979) cites 452 (1979) of 20 July 1979",
      ])
    // Line 11 holds the only mention of 446 (1979) in the text proper; the "Decisions" one is on line 29.
    #expect(resolved.references.filter { $0.target.canonical == "S/RES/446(1979)" }.map(\.location.line) == [11])
    #expect(resolved.findings.isEmpty)
  }
}
