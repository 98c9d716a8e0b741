import CiteGraph
import Foundation

/// Graph build, write and load, lineage walks and memory, on a 100,000-node / 1,000,000-edge
/// preferential-attachment citation DAG.
struct GraphBenchmarks {
  let context: BenchmarkContext
  let synthetic: SyntheticGraph
  let graph: CitationGraph

  /// Generates the graph and builds it once (the build is timed again in ``run(into:)``).
  init(context: BenchmarkContext, nodes: Int, edges: Int) {
    self.context = context
    BenchmarkContext.log("generating a \(nodes)-node / \(edges)-edge citation DAG (seed \(context.seed))")
    synthetic = SyntheticGraph(nodes: nodes, edges: edges, seed: context.seed)
    graph = synthetic.citationGraph()
  }

  var size: String {
    "\(BenchmarkFormat.count(Double(graph.nodeCount))) nodes / \(BenchmarkFormat.count(Double(graph.edgeCount))) edges"
  }

  /// The most cited node: the root of the descendants walk and the end of the ancestors walk.
  var mostCited: CitationGraph.NodeID {
    (0..<CitationGraph.NodeID(graph.nodeCount)).max { graph.inDegree(of: $0) < graph.inDegree(of: $1) } ?? 0
  }

  func run(into report: inout BenchmarkReport) {
    let (nodes, edges) = synthetic.records
    let build = Stopwatch.sample(runs: context.runs) { _ = CitationGraph(nodes: nodes, edges: edges) }
    report.add(BenchmarkRow(id: "graph.build", title: "graph build (CSR both ways)", size: size, samples: build))
    report.add(memoryRow(nodes: nodes, edges: edges))
    runLineage(into: &report)
  }

  /// Resident bytes per edge of a freshly built graph, next to the arrays' own size.
  private func memoryRow(nodes: [CitationGraph.Node], edges: [CitationGraph.EdgeRecord]) -> BenchmarkRow {
    MemoryProbe.resetPeak()
    let before = MemoryProbe.residentBytes
    let built = CitationGraph(nodes: nodes, edges: edges)
    let after = MemoryProbe.residentBytes
    let peak = MemoryProbe.peakResidentBytes
    let edgeCount = Double(built.edgeCount)
    var row = BenchmarkRow(id: "memory.graph", title: "memory of the graph", size: size)
    row.bytesPerEdge = Double(built.storageByteCount) / edgeCount
    let parts = built.storageByteCounts.map { "\($0.part) " + String(format: "%.1f", Double($0.bytes) / edgeCount) }
    row.note = String(
      format: "arrays %.1f B/edge (" + parts.joined(separator: ", ")
        + "); resident growth %.1f B/edge after build, peak %.1f B/edge during it",
      Double(built.storageByteCount) / edgeCount, Double(after - before) / edgeCount,
      Double(peak - before) / edgeCount)
    return row.checked(against: .atMost(40, "≤ 40 B/edge"))
  }

  private func runLineage(into report: inout BenchmarkReport) {
    let root = mostCited
    let newest = CitationGraph.NodeID(graph.nodeCount - 1)
    var reached = 0
    let ancestors = Stopwatch.sample(runs: context.runs) { reached = walk(from: root, forward: true) }
    report.add(
      BenchmarkRow(
        id: "lineage.ancestors", title: "ancestors of the most cited node", size: "\(reached) reached",
        samples: ancestors))
    let descendants = Stopwatch.sample(runs: context.runs) { reached = walk(from: root, forward: false) }
    report.add(
      BenchmarkRow(
        id: "lineage.descendants", title: "descendants of the most cited node", size: "\(reached) reached",
        samples: descendants))
    // The most cited node is among the first, so it cites little: the newest node shows a deep lineage.
    let newestAncestors = Stopwatch.sample(runs: context.runs) { reached = walk(from: newest, forward: true) }
    report.add(
      BenchmarkRow(
        id: "lineage.ancestors.newest", title: "ancestors of the newest node", size: "\(reached) reached",
        samples: newestAncestors))
  }

  /// A breadth-first walk over the CSR arrays; the number of nodes reached.
  private func walk(from root: CitationGraph.NodeID, forward: Bool) -> Int {
    var seen = [Bool](repeating: false, count: graph.nodeCount)
    var queue: [CitationGraph.NodeID] = [root]
    seen[Int(root)] = true
    var head = 0
    while head < queue.count {
      let node = queue[head]
      head += 1
      for next in forward ? graph.successors(of: node) : graph.predecessors(of: node) where !seen[Int(next)] {
        seen[Int(next)] = true
        queue.append(next)
      }
    }
    return queue.count - 1
  }

  /// Writes the graph as `source target` lines for the igraph peer.
  static func writeEdgeList(_ synthetic: SyntheticGraph, to url: URL) throws {
    var text = ""
    text.reserveCapacity(synthetic.edgeCount * 14)
    for edge in 0..<synthetic.edgeCount {
      text += "\(synthetic.sources[edge]) \(synthetic.targets[edge])\n"
    }
    try Data(text.utf8).write(to: url)
  }
}
