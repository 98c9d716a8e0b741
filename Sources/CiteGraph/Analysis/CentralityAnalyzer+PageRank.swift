extension CentralityAnalyzer {
  /// PageRank scores and how the power iteration ended.
  public struct PageRankResult: Sendable {
    /// The score of each node; they sum to 1.
    public var scores: [Double]
    /// The number of iterations run.
    public var iterations: Int
    /// Whether the L1 change of the last iteration fell below the tolerance.
    public var converged: Bool
  }

  /// PageRank by power iteration, optionally personalized on a set of documents.
  ///
  /// Follows Page, Brin, Motwani and Winograd ("The PageRank citation ranking: bringing order to the
  /// web", Stanford InfoLab, 1999) as networkx's `pagerank` computes it: a citation passes the citing
  /// document's rank, split evenly over what it cites, to the cited one; the rank of documents that
  /// cite nothing (dangling) and the teleport share `1 - damping` are spread over the personalization
  /// vector, which is uniform over `personalization` when it is given and over every node otherwise.
  /// Each iteration pulls over the reverse adjacency into a reused buffer.
  ///
  /// - Parameters:
  ///   - damping: The probability of following a citation rather than teleporting.
  ///   - tolerance: The L1 change between iterations below which the iteration stops.
  ///   - maxIterations: The iteration limit.
  ///   - personalization: The documents teleports land on, uniformly; empty for all.
  /// - Returns: The scores, summing to 1, and whether they converged.
  /// - Complexity: O(*k* (*V* + *E*)) for *k* iterations, about log(tolerance) / log(damping).
  public func pageRank(
    damping: Double = 0.85, tolerance: Double = 1e-10, maxIterations: Int = 10_000,
    personalization: [CitationGraph.NodeID] = []
  ) -> PageRankResult {
    let n = graph.nodeCount
    guard n > 0 else { return PageRankResult(scores: [], iterations: 0, converged: true) }
    var teleport = [Double](repeating: 0, count: n)
    let targets = Set(personalization)
    if targets.isEmpty {
      for i in 0..<n { teleport[i] = 1 / Double(n) }
    } else {
      for node in targets { teleport[Int(node)] = 1 / Double(targets.count) }
    }
    var inverseOutDegree = [Double](repeating: 0, count: n)
    var dangling: [Int32] = []
    for node in 0..<n {
      let degree = graph.outDegree(of: CitationGraph.NodeID(node))
      if degree == 0 { dangling.append(Int32(node)) } else { inverseOutDegree[node] = 1 / Double(degree) }
    }
    var rank = [Double](repeating: 1 / Double(n), count: n)
    var next = [Double](repeating: 0, count: n)
    var share = [Double](repeating: 0, count: n)
    var iterations = 0
    var converged = false
    graph.reverseOffsets.withUnsafeBufferPointer { offsets in
      graph.reverseSources.withUnsafeBufferPointer { sources in
        while iterations < maxIterations && !converged {
          iterations += 1
          var danglingMass = 0.0
          for node in dangling { danglingMass += rank[Int(node)] }
          for i in 0..<n { share[i] = rank[i] * inverseOutDegree[i] }
          let spread = damping * danglingMass + (1 - damping)
          var change = 0.0
          share.withUnsafeBufferPointer { share in
            for v in 0..<n {
              var sum = 0.0
              for slot in Int(offsets[v])..<Int(offsets[v + 1]) { sum += share[Int(sources[slot])] }
              let value = damping * sum + spread * teleport[v]
              change += abs(value - rank[v])
              next[v] = value
            }
          }
          swap(&rank, &next)
          converged = change < tolerance
        }
      }
    }
    return PageRankResult(scores: rank, iterations: iterations, converged: converged)
  }
}
