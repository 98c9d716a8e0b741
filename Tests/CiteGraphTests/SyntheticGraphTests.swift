import Testing

@testable import CiteGraph

@Suite("Synthetic citation graphs")
struct SyntheticGraphTests {
  @Test("the graph has exactly N nodes and M distinct edges, each pointing back in time")
  func shape() {
    let graph = SyntheticGraph(nodes: 2_000, edges: 15_000, seed: 7)
    #expect(graph.nodeCount == 2_000)
    #expect(graph.edgeCount == 15_000)
    var pairs = Set<Int64>()
    for edge in 0..<graph.edgeCount {
      let source = graph.sources[edge]
      let target = graph.targets[edge]
      #expect(target >= 0 && target < source && Int(source) < graph.nodeCount)
      pairs.insert(Int64(source) << 32 | Int64(target))
    }
    #expect(pairs.count == graph.edgeCount)
  }

  @Test("the citation graph built from it is acyclic (Kahn's algorithm empties it)")
  func acyclic() {
    let graph = SyntheticGraph(nodes: 3_000, edges: 20_000, seed: 11).citationGraph()
    #expect(graph.nodeCount == 3_000 && graph.edgeCount == 20_000)
    var remaining = (0..<graph.nodeCount).map { graph.inDegree(of: CitationGraph.NodeID($0)) }
    var ready = (0..<graph.nodeCount).filter { remaining[$0] == 0 }
    var removed = 0
    while let node = ready.popLast() {
      removed += 1
      for next in graph.successors(of: CitationGraph.NodeID(node)) {
        remaining[Int(next)] -= 1
        if remaining[Int(next)] == 0 { ready.append(Int(next)) }
      }
    }
    #expect(removed == graph.nodeCount)
  }

  @Test("node i keeps id i: its symbol sorts in generation order")
  func identifiers() {
    let synthetic = SyntheticGraph(nodes: 2_500, edges: 10_000, seed: 3)
    let graph = synthetic.citationGraph()
    for index in [0, 999, 1_000, 2_499] {
      #expect(graph.nodes[index].symbol == SyntheticGraph.symbol(ofNode: index, nodeCount: 2_500))
    }
    let first = synthetic.sources[0]
    let edge = graph.edge(from: first, to: synthetic.targets[0])
    #expect(edge != nil)
  }

  @Test("every node is found by its symbol, and a symbol between or beyond them is not")
  func lookup() throws {
    let graph = SyntheticGraph(nodes: 3_000, edges: 9_000, seed: 8).citationGraph()
    for id in 0..<CitationGraph.NodeID(graph.nodeCount) {
      #expect(graph.id(of: graph[id].symbol) == id)
    }
    // Sessions 31 to 33 hold numbers 1…1000 each: 31/1001, 34/1, 30/1 and a part letter are absent.
    for absent in ["A/RES/31/1001", "A/RES/34/1", "A/RES/30/1", "S/RES/1325(2000)", "A/RES/31/1A"] {
      #expect(graph.id(of: try #require(Symbol(parsing: absent))) == nil)
    }
  }

  @Test("the same seed gives the same graph; another seed another")
  func determinism() {
    let one = SyntheticGraph(nodes: 1_000, edges: 8_000, seed: 42)
    let two = SyntheticGraph(nodes: 1_000, edges: 8_000, seed: 42)
    let other = SyntheticGraph(nodes: 1_000, edges: 8_000, seed: 43)
    #expect(one.sources == two.sources && one.targets == two.targets && one.relations == two.relations)
    #expect(one.targets != other.targets)
  }

  @Test("preferential attachment gives a heavy tail: the most cited node far above the mean")
  func heavyTail() {
    let graph = SyntheticGraph(nodes: 20_000, edges: 200_000, seed: 5)
    var inDegree = [Int](repeating: 0, count: graph.nodeCount)
    for target in graph.targets { inDegree[Int(target)] += 1 }
    let mean = Double(graph.edgeCount) / Double(graph.nodeCount)
    // A uniform random DAG of this size tops out near 10× the mean (the harmonic sum for node 0);
    // linear preferential attachment reaches far beyond.
    #expect(Double(inDegree.max() ?? 0) > 30 * mean)
  }

  @Test("edges beyond what a DAG can hold are clamped")
  func clamped() {
    let graph = SyntheticGraph(nodes: 5, edges: 100, seed: 1)
    #expect(graph.edgeCount == 10)
    #expect(SyntheticGraph(nodes: 1, edges: 5, seed: 1).edgeCount == 0)
  }
}
