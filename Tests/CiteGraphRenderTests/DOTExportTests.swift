import CiteGraph
import CiteGraphRender
import Testing

@Suite("DOT export through Graphviz's parser")
struct DOTExportTests {
  @Test("an exported graph with awkward titles parses and lays out in Graphviz, keeping every node and edge")
  func parses() throws {
    let symbols = try ["71/244", "64/222", "1325 (2000)", "1514 (XV)"].map { try #require(Symbol(parsing: $0)) }
    let titles = ["a \"quoted\" title", "back\\slash\nand a new line", "tab\there", "Déclaration — 独立"]
    let graph = CitationGraph(
      nodes: zip(symbols, titles).map { CitationGraph.Node(symbol: $0, title: $1) },
      edges: [
        .init(source: 0, target: 1, relations: RelationSet([.reaffirms, .welcomes])),
        .init(source: 0, target: 2, relations: RelationSet(.cites)),
        .init(source: 2, target: 3, relations: RelationSet(.recalls)),
      ])
    let dot = String(decoding: GraphFile.encode(graph, format: .dot), as: UTF8.self)
    let laidOut = String(decoding: try GraphvizRenderer().render(dot: dot, engine: "dot", format: "dot"), as: UTF8.self)
    for symbol in symbols { #expect(laidOut.contains("\"\(symbol.canonical)\"")) }
    #expect(laidOut.components(separatedBy: " -> ").count - 1 == graph.edgeCount)
  }
}
