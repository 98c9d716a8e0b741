import CiteGraph
import CiteGraphRender
import Foundation
import Testing

@Suite("Lineage renderer")
struct LineageRendererTests {
  @Test("PNG starts with the PNG signature, PDF with %PDF, DOT with digraph")
  func magic() throws {
    let (graph, focus) = try MapFixtures.southSouth()
    let map = LineageMap(graph: graph, focus: focus)
    #expect(
      try LineageRenderer(format: .png).render(map).starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    #expect(try LineageRenderer(format: .pdf).render(map).starts(with: Array("%PDF-".utf8)))
    #expect(try LineageRenderer(format: .dot).render(map).starts(with: Array("digraph".utf8)))
  }

  @Test("the PDF carries a fixed creation date, so renders a second apart are identical")
  func pdfDate() async throws {
    let (graph, focus) = try MapFixtures.southSouth()
    let map = LineageMap(graph: graph, focus: focus)
    let first = try LineageRenderer(format: .pdf).render(map)
    try await Task.sleep(for: .milliseconds(1100))
    let second = try LineageRenderer(format: .pdf).render(map)
    #expect(first == second)
    #expect(String(decoding: first, as: UTF8.self).contains("/CreationDate (D:19700101000000"))
  }

  @Test("every engine lays out the map")
  func engines() throws {
    let (graph, focus) = try MapFixtures.southSouth()
    let map = LineageMap(graph: graph, focus: focus)
    for engine in LayoutEngine.allCases {
      let svg = try SVGMap(LineageRenderer(engine: engine, format: .svg).render(map))
      let nodes = try svg.items("node")
      #expect(nodes["A/RES/71/244"] != nil, "\(engine)")
      #expect(nodes.count == (engine == .dot ? 14 + map.years.count : 14), "\(engine)")
    }
  }

  @Test("a 500-document map renders with dot")
  func fiveHundred() throws {
    let map = LineageMap(graph: try MapFixtures.layered(count: 500, citationsPerDocument: 1))
    let svg = try SVGMap(LineageRenderer(engine: .dot, format: .svg).render(map))
    #expect(try svg.items("node").count(where: { !$0.key.hasPrefix("year ") }) == 500)
    #expect(try svg.items("edge").count(where: { !$0.key.hasPrefix("year ") }) == map.edges.count)
  }

  @Test("a map too large for dot is refused with advice, and sfdp draws it")
  func tooLarge() throws {
    let map = LineageMap(graph: try MapFixtures.layered(count: 700, citationsPerDocument: 2))
    #expect(map.nodes.count > LayoutEngine.dot.limits.nodes)
    let error = #expect(throws: RenderError.self) { try LineageRenderer(engine: .dot, format: .svg).render(map) }
    let message = error?.localizedDescription ?? ""
    for advice in ["--depth", "--reduce", "--engine sfdp", "--force", "700 documents"] {
      #expect(message.contains(advice), "\(advice)")
    }
    let svg = try SVGMap(LineageRenderer(engine: .sfdp, format: .svg).render(map))
    #expect(try svg.items("node").count == 700)
  }

  @Test("the format follows a file name's extension, whatever its case")
  func formatFromFileName() {
    #expect(MapFormat(fileName: "out/map.svg") == .svg)
    #expect(MapFormat(fileName: "Map.PNG") == .png)
    #expect(MapFormat(fileName: "a.b/map.pdf") == .pdf)
    #expect(MapFormat(fileName: "map.gv") == .dot)
    #expect(MapFormat(fileName: "map.jpeg") == nil)
    #expect(MapFormat(fileName: "dir.svg/map") == nil)
    #expect(MapFormat(fileName: "map") == nil)
  }
}
