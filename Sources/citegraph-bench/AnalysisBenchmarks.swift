import CiteGraph
import Foundation

/// PageRank, strongly connected components and betweenness, next to igraph on the same graphs.
struct AnalysisBenchmarks {
  let context: BenchmarkContext
  let large: GraphBenchmarks
  let small: SyntheticGraph

  func run(into report: inout BenchmarkReport) {
    let peer = igraphTimes()
    var pagerank = BenchmarkRow.skipped(
      id: "analysis.pagerank", title: "PageRank to 1e-10", reason: "PageRank is not on main yet")
    pagerank.size = large.size
    report.add(attach(peer?.pagerank, to: pagerank))
    var scc = BenchmarkRow.skipped(
      id: "analysis.scc", title: "strongly connected components", reason: "SCC is not on main yet")
    scc.size = large.size
    report.add(attach(peer?.scc, to: scc))
    var exact = BenchmarkRow.skipped(
      id: "analysis.betweenness.exact", title: "betweenness, exact, all cores",
      reason: "betweenness is not on main yet")
    exact.size =
      "\(BenchmarkFormat.count(Double(small.nodeCount))) nodes / \(BenchmarkFormat.count(Double(small.edgeCount))) edges"
    report.add(attach(peer?.betweenness, to: exact))
  }

  private func attach(_ samples: [Double]?, to row: BenchmarkRow) -> BenchmarkRow {
    guard let samples, let version = context.peers?.igraphVersion else { return row }
    return row.compared(to: "igraph \(version)", samples: samples)
  }

  /// igraph's times on the same two graphs, or `nil` (with a line saying why) when it cannot run.
  private func igraphTimes() -> PythonPeers.GraphTimes? {
    guard let peers = context.peers else {
      BenchmarkContext.log("igraph peer skipped: \(context.peersMissing ?? "no Python")")
      return nil
    }
    guard peers.igraphVersion != nil else {
      BenchmarkContext.log("igraph peer skipped: python-igraph is not installed (pip install igraph)")
      return nil
    }
    do {
      let largeList = context.scratch.appendingPathComponent("large.edges")
      let smallList = context.scratch.appendingPathComponent("small.edges")
      try GraphBenchmarks.writeEdgeList(large.synthetic, to: largeList)
      try GraphBenchmarks.writeEdgeList(small, to: smallList)
      BenchmarkContext.log("running the igraph peer on the same graphs")
      let times = try peers.run(
        "igraph_peer.py",
        [
          "--graph", largeList.path, "--nodes", "\(large.synthetic.nodeCount)", "--betweenness", smallList.path,
          "--betweenness-nodes", "\(small.nodeCount)", "--runs", "\(context.runs)",
        ], as: PythonPeers.GraphTimes.self)
      if let error = times.error { BenchmarkContext.log("igraph peer skipped: \(error)") }
      return times
    } catch {
      BenchmarkContext.log("igraph peer failed: \(error)")
      return nil
    }
  }
}
