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

@Suite("Citation graph subgraphs")
struct CitationGraphSubgraphTests {
  private func graph() throws -> CitationGraph {
    let nodes = try ["1/1", "1/2", "1/3", "1325 (2000)"].map {
      CitationGraph.Node(symbol: try #require(Symbol(parsing: $0)))
    }
    return CitationGraph(
      nodes: nodes,
      edges: [
        .init(source: 0, target: 1, relations: RelationSet([.recalls, .cites])),
        .init(source: 1, target: 2, relations: RelationSet(.reaffirms)),
        .init(source: 0, target: 3, relations: RelationSet(.recalls)),
      ])
  }

  @Test("an induced subgraph keeps exactly the edges between kept nodes")
  func induced() throws {
    let sub = try graph().subgraph([2, 0, 1, 1])
    #expect(sub.nodes.map(\.symbol.canonical) == ["A/RES/1/1", "A/RES/1/2", "A/RES/1/3"])
    #expect(sub.edgeRecords.map { [$0.source, $0.target] } == [[0, 1], [1, 2]])
  }

  @Test("filtering by relation narrows relation sets and drops emptied edges; by body drops nodes")
  func filters() throws {
    let byRelation = try graph().filtered(relations: RelationSet(.recalls))
    #expect(byRelation.nodeCount == 4)
    #expect(
      byRelation.edgeRecords.map { "\($0.source)>\($0.target):\($0.relations)" } == ["0>1:recalls", "0>3:recalls"])
    let byBody = try graph().filtered(bodies: [.securityCouncil])
    #expect(byBody.nodes.map(\.symbol.canonical) == ["S/RES/1325(2000)"])
    #expect(byBody.edgeCount == 0)
  }
}

@Suite("Packed mention locations")
struct PackedLocationTests {
  @Test("locations pack losslessly within their ranges, order like (file, line, column), and clamp beyond")
  func packing() {
    let samples: [CitationGraph.MentionLocation] = [
      .init(file: 0, line: 1, column: 1), .init(file: 0, line: 1, column: 2), .init(file: 0, line: 2, column: 1),
      .init(file: 1, line: 1, column: 1), .init(file: 2_097_149, line: 8_388_607, column: 1_048_575),
    ]
    for sample in samples { #expect(PackedLocation(sample).location == sample) }
    let packed = samples.map { PackedLocation($0) }
    #expect(packed == packed.sorted())
    #expect(PackedLocation(nil).location == nil)
    #expect(PackedLocation(.init(file: -1, line: 1, column: 1)).location == nil)
    #expect(
      PackedLocation(.init(file: 3, line: 9_000_000, column: 2_000_000)).location
        == .init(file: 3, line: 8_388_607, column: 1_048_575))
  }
}
