import CiteGraph
import Testing

/// Forms the synthetic corpus found the resolver missing: an operative verb right before a body's
/// name, lists broken by a page break, a part letter on the text's own symbol, and the own symbol
/// in a running header written with a space.
extension ExtractionTests {
  /// The verb opening an operative paragraph is capitalized like a name, but names no body; a
  /// capitalized word inside the paragraph ("Habitat Assembly") still does.
  @Test("an operative verb before \"General Assembly resolutions\" is the verb, not another body's name")
  func operativeVerbBeforeBody() throws {
    let source = """
      A/RES/45/3

      45/3. Operative verbs

      The General Assembly,

      Recalling General Assembly resolution 31/1,

      1. Recalls General Assembly resolutions 31/3 and 31/8;

      2.
      Reaffirms Assembly resolution 32/5;

      3. Takes note of the Habitat Assembly resolution 1/2 and of Security Council resolution 242 (1967);

      """
    let resolved = try resolve(source)
    #expect(
      summary(resolved) == [
        "A/RES/31/1 recalls 31/1",
        "A/RES/31/3 recalls 31/3",
        "A/RES/31/8 recalls 31/8",
        "A/RES/32/5 reaffirms 32/5",
        "S/RES/242(1967) notes 242 (1967)",
      ])
    // Line 9 reads "1. Recalls General Assembly resolutions 31/3": 40 bytes precede the number.
    let reference = try #require(resolved.references.first { $0.target.canonical == "A/RES/31/3" })
    #expect(reference.location.line == 9)
    #expect(reference.location.column == 41)
  }
}
