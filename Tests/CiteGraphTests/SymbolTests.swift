import Testing

@testable import CiteGraph

@Suite("Symbols")
struct SymbolTests {
  @Test(
    "every written form parses to its canonical symbol",
    arguments: [
      ("71/244", "A/RES/71/244"),
      ("A/RES/71/244", "A/RES/71/244"),
      ("resolution 57/270 B", "A/RES/57/270B"),
      ("1514 (XV)", "A/RES/1514(XV)"),
      ("377 A (V)", "A/RES/377A(V)"),
      ("3201 (S-VI)", "A/RES/3201(S-VI)"),
      ("1474 (ES-IV)", "A/RES/1474(ES-IV)"),
      ("A/RES/1474(ES-IV)", "A/RES/1474(ES-IV)"),
      ("resolution 2253 (ES-V)", "A/RES/2253(ES-V)"),
      ("S-26/2", "A/RES/S-26/2"),
      ("ES-10/14", "A/RES/ES-10/14"),
      ("1325 (2000)", "S/RES/1325(2000)"),
      ("S/RES/1325 (2000)", "S/RES/1325(2000)"),
      ("2016/11", "E/RES/2016/11"),
      ("E/RES/1296 (XLIV)", "E/RES/1296(XLIV)"),
      ("A/HRC/RES/31/1", "A/HRC/RES/31/1"),
      ("A/HRC/RES/S-29/1", "A/HRC/RES/S-29/1"),
      ("E/CN.4/RES/2005/69", "E/CN.4/RES/2005/69"),
      ("decision 70/547", "A/DEC/70/547"),
      ("E/DEC/2016/245", "E/DEC/2016/245"),
      ("A/HRC/DEC/2/102", "A/HRC/DEC/2/102"),
      ("a/res/71/244", "A/RES/71/244"),
    ])
  func parses(written: String, canonical: String) throws {
    let symbol = try #require(Symbol(parsing: written))
    #expect(symbol.canonical == canonical)
    #expect(Symbol(parsing: canonical) == symbol)
  }

  @Test(
    "nonsense and impossible symbols are rejected",
    arguments: ["", "71", "71/", "/244", "A/RES/x/1", "1 (ZZ)", "S/DEC/1/2"])
  func rejects(text: String) {
    #expect(Symbol(parsing: text) == nil)
  }

  @Test("a default body applies to bare numbers")
  func defaultBody() throws {
    let symbol = try #require(Symbol(parsing: "31/1", defaultBody: .humanRightsCouncil))
    #expect(symbol.canonical == "A/HRC/RES/31/1")
  }

  @Test("symbols sort by body, series and number")
  func ordering() throws {
    let written = ["S/RES/10(1946)", "A/RES/71/244", "A/RES/1514(XV)", "A/RES/71/3", "A/RES/9/1"]
    let sorted = try written.map { try #require(Symbol(parsing: $0)) }.sorted().map(\.canonical)
    #expect(sorted == ["A/RES/1514(XV)", "A/RES/9/1", "A/RES/71/3", "A/RES/71/244", "S/RES/10(1946)"])
  }

  @Test("the three kinds of Roman-numbered session are distinct symbols, ordered regular, special, emergency")
  func romanSessionKinds() throws {
    let written = ["1474 (ES-IV)", "1474 (S-IV)", "1474 (IV)", "1474 (V)"]
    let symbols = try written.map { try #require(Symbol(parsing: $0)) }
    #expect(Set(symbols).count == 4)
    #expect(symbols.map(\.series.sessionNumber) == [4, 4, 4, 5])
    #expect(
      symbols.sorted().map(\.canonical) == [
        "A/RES/1474(IV)", "A/RES/1474(S-IV)", "A/RES/1474(ES-IV)", "A/RES/1474(V)",
      ])
    #expect(Symbol(parsing: "1474 (ES-)") == nil)
    #expect(Symbol(parsing: "1474 (EX-IV)") == nil)
  }

  @Test("Roman numerals round-trip and reject non-canonical spellings")
  func roman() {
    for value in 1...99 { #expect(RomanNumeral.parse(RomanNumeral.format(value)) == value) }
    #expect(RomanNumeral.parse("IIII") == nil)
    #expect(RomanNumeral.parse("VX") == nil)
  }
}
