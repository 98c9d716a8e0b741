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
}
