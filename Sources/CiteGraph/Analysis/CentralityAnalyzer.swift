/// Measures how central each document is in the citation graph: how often it is cited (degree), how
/// much citing weight flows to it (PageRank, HITS) and how many citation chains pass through it
/// (betweenness).
///
/// Edges go from the citing to the cited document, so a document's in-degree counts the documents that
/// cite it, and PageRank and HITS authorities reward being cited. Every score is an array indexed by
/// node id.
public struct CentralityAnalyzer: Sendable {
  /// The graph analysed.
  public let graph: CitationGraph

  /// An analyser of `graph`.
  public init(graph: CitationGraph) {
    self.graph = graph
  }

  /// A node and its score, as rankings list them.
  public struct RankedNode: Hashable, Sendable {
    /// The 1-based rank; nodes with equal scores get consecutive ranks in id order.
    public var rank: Int
    /// The node.
    public var node: CitationGraph.NodeID
    /// Its score.
    public var score: Double
  }

  /// The number of documents citing each document, counting only citations that carry one of
  /// `relations` (for example `[.reaffirms]` for "most reaffirmed").
  ///
  /// - Complexity: O(*V* + *E*).
  public func inDegree(relations: RelationSet = .all) -> [Int] {
    var degree = [Int](repeating: 0, count: graph.nodeCount)
    for edge in 0..<graph.edgeCount where graph.edgeRelations[edge].intersects(relations) {
      degree[Int(graph.forwardTargets[edge])] += 1
    }
    return degree
  }

  /// The number of documents each document cites, counting only citations that carry one of
  /// `relations`.
  ///
  /// - Complexity: O(*V* + *E*).
  public func outDegree(relations: RelationSet = .all) -> [Int] {
    (0..<graph.nodeCount).map { node in
      graph.outEdges(of: CitationGraph.NodeID(node)).reduce(0) {
        $0 + (graph.edgeRelations[$1].intersects(relations) ? 1 : 0)
      }
    }
  }

  /// The `top` highest scores (all when `top` is `nil`), highest first; equal scores in node id order,
  /// which is symbol order.
  ///
  /// - Complexity: O(*V* log *V*).
  public static func ranking(_ scores: [Double], top: Int? = nil) -> [RankedNode] {
    let order = scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
    return order.prefix(top ?? order.count).enumerated().map {
      RankedNode(rank: $0.offset + 1, node: CitationGraph.NodeID($0.element), score: scores[$0.element])
    }
  }
}
