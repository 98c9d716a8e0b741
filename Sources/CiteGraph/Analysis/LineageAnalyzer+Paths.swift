extension LineageAnalyzer {
  /// A citation chain: each document cites the next one.
  public struct Chain: Hashable, Sendable {
    /// The documents, from the citing start to the cited end.
    public var nodes: [CitationGraph.NodeID]
    /// The relations of each step (`relations[i]` links `nodes[i]` to `nodes[i + 1]`).
    public var relations: [RelationSet]

    /// The number of citation steps.
    public var length: Int { relations.count }
  }

  /// The shortest simple citation chains from `source` to `target` (`source` cites … cites `target`),
  /// at most `max` of them, shortest first; chains of equal length come in the order found.
  ///
  /// Only edges with a relation in `relations` are followed. Nothing recurses, so chains of a million
  /// steps are found without exhausting the stack.
  ///
  /// - Parameters:
  ///   - source: the citing end.
  ///   - target: the cited end.
  ///   - max: the most chains to return.
  ///   - relations: the relations an edge must carry to be followed.
  /// - Returns: the chains, shortest first; empty when `target` cannot be reached or is `source`.
  /// - Complexity: O(*K* · *L* · (*V* + *E*)) for *K* chains of at most *L* steps: Yen's *k* shortest
  ///   loopless paths (Yen 1971), with breadth-first search as the shortest-path step.
  public func paths(
    from source: CitationGraph.NodeID, to target: CitationGraph.NodeID, max: Int, relations: RelationSet = .all
  ) -> [Chain] {
    guard max > 0, source != target else { return [] }
    var search = ShortestPathSearch(graph: graph, relations: relations)
    guard let first = search.shortest(from: source, to: target, blockedNext: []) else { return [] }
    var accepted: [[CitationGraph.NodeID]] = [first]
    var candidates: [[CitationGraph.NodeID]] = []
    var seen: Set<[CitationGraph.NodeID]> = [first]
    while accepted.count < max, let previous = accepted.last {
      search.clearBlocked()
      var sharingPrefix = Array(accepted.indices)
      var blockedNext: [CitationGraph.NodeID] = []
      for spurIndex in 0..<(previous.count - 1) {
        let spur = previous[spurIndex]
        sharingPrefix.removeAll { accepted[$0].count <= spurIndex + 1 || accepted[$0][spurIndex] != spur }
        if spurIndex > 0 { search.block(previous[spurIndex - 1]) }
        blockedNext.removeAll(keepingCapacity: true)
        for index in sharingPrefix { blockedNext.append(accepted[index][spurIndex + 1]) }
        guard let spurPath = search.shortest(from: spur, to: target, blockedNext: blockedNext) else { continue }
        let total = Array(previous[..<spurIndex]) + spurPath
        if seen.insert(total).inserted { candidates.append(total) }
      }
      guard
        let best = candidates.indices.min(by: {
          (candidates[$0].count, $0) < (candidates[$1].count, $1)
        })
      else { break }
      accepted.append(candidates.remove(at: best))
    }
    return accepted.map { nodes in
      Chain(
        nodes: nodes,
        relations: zip(nodes, nodes.dropFirst()).map { from, to in
          graph.edge(from: from, to: to).map { graph.relations(ofEdge: $0).intersection(relations) } ?? RelationSet()
        })
    }
  }
}

/// Breadth-first shortest paths with blocked nodes and blocked first steps, reusing its arrays
/// across searches through generation stamps.
struct ShortestPathSearch {
  let graph: CitationGraph
  let relations: RelationSet
  private var visited: [UInt32]
  private var blocked: [UInt32]
  private var parent: [CitationGraph.NodeID]
  private var queue: [CitationGraph.NodeID] = []
  private var visitStamp: UInt32 = 0
  private var blockStamp: UInt32 = 1

  init(graph: CitationGraph, relations: RelationSet) {
    self.graph = graph
    self.relations = relations
    visited = [UInt32](repeating: 0, count: graph.nodeCount)
    blocked = [UInt32](repeating: 0, count: graph.nodeCount)
    parent = [CitationGraph.NodeID](repeating: -1, count: graph.nodeCount)
  }

  /// Unblocks every node.
  mutating func clearBlocked() { blockStamp += 1 }

  /// Keeps later searches out of `node` until ``clearBlocked()``.
  mutating func block(_ node: CitationGraph.NodeID) { blocked[Int(node)] = blockStamp }

  /// A shortest path from `source` to `target` avoiding blocked nodes, whose first step is none of
  /// `blockedNext`, or `nil`.
  ///
  /// - Complexity: O(*V* + *E*) (breadth-first search, Moore 1959).
  mutating func shortest(
    from source: CitationGraph.NodeID, to target: CitationGraph.NodeID, blockedNext: [CitationGraph.NodeID]
  ) -> [CitationGraph.NodeID]? {
    visitStamp += 1
    visited[Int(source)] = visitStamp
    queue.removeAll(keepingCapacity: true)
    queue.append(source)
    var head = 0
    while head < queue.count {
      let current = queue[head]
      head += 1
      for edge in graph.outEdges(of: current) {
        let next = graph.target(ofEdge: edge)
        guard visited[Int(next)] != visitStamp, blocked[Int(next)] != blockStamp,
          graph.relations(ofEdge: edge).intersects(relations),
          current != source || !blockedNext.contains(next)
        else { continue }
        visited[Int(next)] = visitStamp
        parent[Int(next)] = current
        if next == target { return trace(from: source, to: target) }
        queue.append(next)
      }
    }
    return nil
  }

  private func trace(from source: CitationGraph.NodeID, to target: CitationGraph.NodeID) -> [CitationGraph.NodeID] {
    var path = [target]
    var node = target
    while node != source {
      node = parent[Int(node)]
      path.append(node)
    }
    return path.reversed()
  }
}
