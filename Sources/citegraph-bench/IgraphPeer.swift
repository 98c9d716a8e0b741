import CiteGraph
import Foundation

/// igraph on the benchmark's own generated graphs, run once per benchmark run.
enum IgraphPeer {
  /// igraph's seconds on `large` (load, PageRank, SCC) and `small` (exact betweenness), or `nil`
  /// with a line on stderr saying why it did not run.
  static func times(context: BenchmarkContext, large: SyntheticGraph, small: SyntheticGraph) -> PythonPeers.GraphTimes?
  {
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
      try GraphBenchmarks.writeEdgeList(large, to: largeList)
      try GraphBenchmarks.writeEdgeList(small, to: smallList)
      BenchmarkContext.log("running the igraph peer on the same graphs")
      let times = try peers.run(
        "igraph_peer.py",
        [
          "--graph", largeList.path, "--nodes", "\(large.nodeCount)", "--betweenness", smallList.path,
          "--betweenness-nodes", "\(small.nodeCount)", "--runs", "\(context.runs)",
        ], as: PythonPeers.GraphTimes.self)
      if let error = times.error {
        BenchmarkContext.log("igraph peer skipped: \(error)")
        return nil
      }
      return times
    } catch {
      BenchmarkContext.log("igraph peer failed: \(error)")
      return nil
    }
  }
}
