import CiteGraph
import Foundation

/// PageRank, strongly connected components and betweenness, next to igraph on the same graphs.
struct AnalysisBenchmarks {
  let context: BenchmarkContext
  let large: GraphBenchmarks
  let small: SyntheticGraph

  func run(into report: inout BenchmarkReport, igraph: PythonPeers.GraphTimes?) {
    var pagerank = BenchmarkRow.skipped(
      id: "analysis.pagerank", title: "PageRank to 1e-10", reason: "PageRank is not on main yet")
    pagerank.size = large.size
    report.add(attach(igraph?.pagerank, to: pagerank))
    var scc = BenchmarkRow.skipped(
      id: "analysis.scc", title: "strongly connected components", reason: "SCC is not on main yet")
    scc.size = large.size
    report.add(attach(igraph?.scc, to: scc))
    var exact = BenchmarkRow.skipped(
      id: "analysis.betweenness.exact", title: "betweenness, exact, all cores",
      reason: "betweenness is not on main yet")
    exact.size =
      "\(BenchmarkFormat.count(Double(small.nodeCount))) nodes / \(BenchmarkFormat.count(Double(small.edgeCount))) edges"
    report.add(attach(igraph?.betweenness, to: exact))
  }

  private func attach(_ samples: [Double]?, to row: BenchmarkRow) -> BenchmarkRow {
    guard let samples, let version = context.peers?.igraphVersion else { return row }
    return row.compared(to: "igraph \(version)", samples: samples)
  }
}
