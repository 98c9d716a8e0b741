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

  /// A list broken by a page: footnotes at the foot, then the running header (the symbol and the
  /// title cut short with an ellipsis), the job number and the page counter, before the next members;
  /// one member's date is broken by the same page end.
  @Test("members of a list continue after a page break, its footnotes and a running title cut with \"...\"")
  func listAcrossPageBreak() throws {
    let source = """
      United Nations
      A/RES/72/36

      72/36. Strengthening of cooperation on small island developing States in the Pacific region

      The General Assembly,

      Noting the report of the Secretary-General,1

      1. Endorses General Assembly resolutions 31/8, 31/9 and 31/10 of 30
      __________________

      1  A/72/754.

      A/RES/72/36
      Strengthening of cooperation on small island developing S...

      18-60786
      2/3


      October 1976, 31/42 B, 32/22 and 39/42 on financing for development;

      2. Decides to remain seized of the matter.

      """
    let resolved = try resolve(source)
    #expect(resolved.identity.symbol?.canonical == "A/RES/72/36")
    #expect(
      summary(resolved) == [
        "A/RES/31/8 endorses 31/8",
        "A/RES/31/9 endorses 31/9",
        "A/RES/31/10 endorses 31/10 of 30 October 1976",
        "A/RES/31/42B endorses 31/42 B",
        "A/RES/32/22 endorses 32/22",
        "A/RES/39/42 endorses 39/42",
      ])
    #expect(resolved.references.first { $0.target.canonical == "A/RES/31/10" }?.date?.iso == "1976-10-30")
    // Line 22 reads "October 1976, 31/42 B, 32/22": 14 bytes precede `31/42 B`, 23 precede `32/22`.
    let columns = resolved.references.filter { $0.location.line == 22 }.map(\.location.column)
    #expect(columns == [15, 24, 34])
  }

  /// The masthead `A/RES/33/44 A`, the title line `33/44 A.` and the running header all write the
  /// part letter apart; none of them is a reference.
  @Test("a text's own symbol with a part letter keeps it, and its title line and header cite nothing")
  func ownSymbolWithPartLetter() throws {
    let source = """
      United Nations
      A/RES/33/44 A

      33/44 A. Question of the composition of the relevant organs

      The General Assembly,

      Recalling its resolution 32/10,

      1. Requests a report;

      A/RES/33/44 A
      Question of the composition of the relevant organs

      78-12345
      2/2


      2. Recalls its resolution 33/44 B.

      """
    let resolved = try resolve(source)
    #expect(resolved.identity.symbol?.canonical == "A/RES/33/44A")
    #expect(resolved.identity.title == "Question of the composition of the relevant organs")
    let document = try DocumentReader.read(bytes: Array(source.utf8), file: "n.txt")
    #expect(document.identityLocation?.line == 2)
    #expect(document.identityLocation?.length == "A/RES/33/44 A".utf8.count)
    #expect(summary(resolved) == ["A/RES/32/10 recalls 32/10", "A/RES/33/44B recalls 33/44 B"])
  }

  /// The Security Council's running header is the symbol alone, written `S/RES/307 (1977)`, here in
  /// the middle of a list.
  @Test("a Council running header written with a space is page furniture, not a reference")
  func councilHeaderWithSpace() throws {
    let source = """
      United Nations
      S/RES/307 (1977)

      Security Council

      Resolution 307 (1977)

      Adopted by the Security Council at its 2007th meeting, on 29 May 1977

      The Security Council,

      1. Welcomes its resolution 301 (1976) and General Assembly resolutions

      S/RES/307 (1977)

      77-24488
      2/2


      31/10, 31/65 and 31/13;

      2. Decides to remain seized of the matter.

      """
    let resolved = try resolve(source)
    #expect(resolved.identity.symbol?.canonical == "S/RES/307(1977)")
    #expect(resolved.identity.date?.iso == "1977-05-29")
    #expect(
      summary(resolved) == [
        "S/RES/301(1976) welcomes 301 (1976)",
        "A/RES/31/10 welcomes 31/10",
        "A/RES/31/65 welcomes 31/65",
        "A/RES/31/13 welcomes 31/13",
      ])
    // Line 20 reads "31/10, 31/65 and 31/13;".
    #expect(resolved.references.dropFirst().map(\.location.line) == [20, 20, 20])
    #expect(resolved.references.dropFirst().map(\.location.column) == [1, 8, 18])
  }
}
