import CiteGraph
import Foundation
import Testing

@Suite("Document reading")
struct ReadingTests {
  @Test("bad input is refused with the matching error")
  func badInput() throws {
    #expect(throws: CiteGraphError.binaryFile(path: "b.txt")) {
      try DocumentReader.read(bytes: [0x41, 0x00, 0x42], file: "b.txt")
    }
    #expect(throws: CiteGraphError.invalidUTF8(path: "u.txt", offset: 2)) {
      try DocumentReader.read(bytes: [0x41, 0x42, 0xFF, 0x43], file: "u.txt")
    }
    #expect(throws: CiteGraphError.invalidUTF8(path: "t.txt", offset: 1)) {
      try DocumentReader.read(bytes: [0x41, 0xE2, 0x80], file: "t.txt")
    }
    #expect(throws: CiteGraphError.emptyFile(path: "e.txt")) { try DocumentReader.read(bytes: [], file: "e.txt") }
    #expect(throws: CiteGraphError.emptyFile(path: "w.txt")) {
      try DocumentReader.read(bytes: Array(" \n\t \n".utf8), file: "w.txt")
    }
    #expect(throws: CiteGraphError.notFound(path: "/no/such/file.txt")) {
      try DocumentReader.read(path: "/no/such/file.txt")
    }
    let tooLarge = [UInt8](repeating: 0x61, count: DocumentReader.sizeLimit + 1)
    #expect(
      throws: CiteGraphError.fileTooLarge(path: "big.txt", bytes: tooLarge.count, limit: DocumentReader.sizeLimit)
    ) {
      try DocumentReader.read(bytes: tooLarge, file: "big.txt")
    }
  }

  @Test("a 50 MB text without a line break is read, and its one reference found")
  func hugeLine() throws {
    var bytes = Array("Recalling its resolution 70/1, ".utf8)
    bytes.append(contentsOf: [UInt8](repeating: 0x61, count: 50_000_000))
    let document = try DocumentReader.read(bytes: bytes, file: "huge.txt")
    let resolved = ReferenceExtractor().resolve(document)
    #expect(resolved.references.map(\.target.canonical) == ["A/RES/70/1"])
    #expect(resolved.findings.map(\.code) == ["CG103"])
  }

  @Test("identity, page furniture, paragraphs and footnotes of a PDF-style text")
  func pdfText() throws {
    let fixture = try FixtureText("ga_pdf.txt")
    let document = try DocumentReader.read(path: fixture.path)
    #expect(document.identity.symbol?.canonical == "A/RES/80/12")
    #expect(document.identity.body == .generalAssembly)
    #expect(document.identity.date?.iso == "2025-12-15")
    #expect(document.identity.title == "Cooperation among test fixtures")
    let body = String(decoding: document.text[document.bodyRange], as: UTF8.self)
    for furniture in ["2/3", "3/3", "25-01234", "A/RES/80/12", "Cooperation among", "____"] {
      #expect(!body.contains(furniture), "page furniture left in the body: \(furniture)")
    }
    #expect(body.contains("resolution 75/1 of 21 September 2019;"))
    #expect(body.contains("recalls resolutions 60/1"))
    let verbs = document.paragraphs.map(\.verb)
    #expect(
      verbs == [
        "recalling", "reaffirming", "taking note", "welcoming", "bearing", "acknowledging", "welcomes", "requests",
        "decides",
      ])
    #expect(document.paragraphs.compactMap(\.number) == [1, 2, 3])
    #expect(document.footnotes.map(\.number) == [1, 2])
    #expect(
      document.footnotes.map { document.collapsedString($0.range) } == [
        "Resolution 69/313, annex.", "Human Rights Council resolution 52/1.",
      ])
    let markers = document.markers.map { ($0.number, document.paragraph(containing: $0.position)?.verb ?? "") }
    #expect(markers.map(\.0) == [1, 2])
    #expect(markers.map(\.1) == ["welcoming", "welcomes"])
  }

  @Test("markdown: <sup> markers, escaped footnote lines, emphasis and list bullets")
  func markdown() throws {
    let fixture = try FixtureText("ga_markdown.md")
    let document = try DocumentReader.read(path: fixture.path)
    #expect(document.identity.symbol?.canonical == "A/RES/80/20")
    #expect(document.identity.date?.iso == "2025-12-10")
    #expect(document.paragraphs.map(\.relation) == [.recalls, .welcomes, .cites])
    #expect(document.markers.map(\.number) == [1, 2, 1])
    #expect(document.footnotes.map(\.number) == [1, 2])
  }

  @Test("Security Council heading: symbol from `Resolution N (YYYY)`, date from the next line")
  func councilHeading() throws {
    let document = try DocumentReader.read(path: SharedData.fixture("sc_resolution.txt").path)
    #expect(document.identity.symbol?.canonical == "S/RES/1234(1999)")
    #expect(document.identity.body == .securityCouncil)
    #expect(document.identity.date?.iso == "1999-05-03")
    #expect(document.paragraphs.map(\.relation) == [.recalls, .reaffirms, .reaffirms, .cites, .cites])
  }

  @Test("locations are 1-based lines and columns counted in Unicode scalars")
  func columns() throws {
    let text = "The General Assembly,\n\nRecalling « its » resolution 70/1,\n"
    let document = try DocumentReader.read(bytes: Array(text.utf8), file: "c.txt")
    let reference = try #require(ReferenceExtractor().resolve(document).references.first)
    #expect(reference.location.line == 3)
    #expect(reference.location.column == 30)
    #expect(reference.location.offset == Array("The General Assembly,\n\nRecalling « its » resolution ".utf8).count)
    #expect(reference.location.length == 4)
  }
}
