import Testing

@testable import CiteGraph

@Suite("Citation graph storage")
struct CitationGraphTests {
  private func node(_ text: String) throws -> CitationGraph.Node {
    CitationGraph.Node(symbol: try #require(Symbol(parsing: text)))
  }

  @Test("nodes are sorted by symbol, parallel edges merged, and both directions agree")
  func csr() throws {
    let nodes = try ["71/244", "64/222", "70/1", "64/222"].map(node)
    let edges: [CitationGraph.EdgeRecord] = [
      .init(source: 0, target: 1, relations: RelationSet(.reaffirms)),
      .init(source: 0, target: 3, relations: RelationSet(.welcomes), mentions: 2),
      .init(source: 0, target: 2, relations: RelationSet(.cites)),
      .init(source: 2, target: 1, relations: RelationSet(.recalls)),
      .init(source: 0, target: 9, relations: RelationSet(.cites)),
    ]
    let graph = CitationGraph(nodes: nodes, edges: edges)
    #expect(graph.nodes.map(\.symbol.canonical) == ["A/RES/64/222", "A/RES/70/1", "A/RES/71/244"])
    #expect(graph.edgeCount == 3)
    let citingSymbol = try #require(Symbol(parsing: "71/244"))
    let citedSymbol = try #require(Symbol(parsing: "64/222"))
    let citing = try #require(graph.id(of: citingSymbol))
    let cited = try #require(graph.id(of: citedSymbol))
    let edge = try #require(graph.edge(from: citing, to: cited))
    #expect(graph.relations(ofEdge: edge).description == "reaffirms,welcomes")
    #expect(graph.mentions(ofEdge: edge) == 3)
    #expect(Array(graph.predecessors(of: cited)) == [1, 2])
    #expect(Array(graph.successors(of: citing)) == [0, 1])
    #expect(graph.inDegree(of: cited) == 2 && graph.outDegree(of: cited) == 0)
  }
}
