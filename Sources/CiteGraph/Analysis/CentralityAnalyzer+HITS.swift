extension CentralityAnalyzer {
  /// HITS hub and authority scores, each summing to 1.
  public struct HITSScores: Sendable {
    /// How well each document cites good authorities.
    public var hubs: [Double]
    /// How much each document is cited by good hubs.
    public var authorities: [Double]
    /// The number of iterations run.
    public var iterations: Int
    /// Whether the L1 change of the hub scores fell below the tolerance.
    public var converged: Bool
  }

  /// HITS hubs and authorities by power iteration from uniform hub scores.
  ///
  /// Follows Kleinberg ("Authoritative sources in a hyperlinked environment", Journal of the ACM 46(5),
  /// 1999): authorities are the principal right singular vector of the adjacency matrix (citing →
  /// cited) and hubs the left one, each normalized to sum to 1 as networkx's `hits` returns them. When
  /// the largest singular value is repeated the answer depends on the start; this one starts uniform.
  /// A graph without edges gets zero scores.
  ///
  /// - Parameters:
  ///   - tolerance: The L1 change of the (sum-normalized) hub scores below which the iteration stops.
  ///   - maxIterations: The iteration limit.
  /// - Returns: The hub and authority scores and whether they converged.
  /// - Complexity: O(*k* (*V* + *E*)) for *k* iterations; *k* grows with the ratio of the two largest
  ///   singular values.
  public func hits(tolerance: Double = 1e-12, maxIterations: Int = 10_000) -> HITSScores {
    let n = graph.nodeCount
    guard graph.edgeCount > 0 else {
      return HITSScores(
        hubs: [Double](repeating: 0, count: n), authorities: [Double](repeating: 0, count: n), iterations: 0,
        converged: true)
    }
    var hubs = [Double](repeating: 1 / Double(n), count: n)
    var nextHubs = [Double](repeating: 0, count: n)
    var authorities = [Double](repeating: 0, count: n)
    var iterations = 0
    var converged = false
    while iterations < maxIterations && !converged {
      iterations += 1
      var authorityTotal = 0.0
      graph.reverseOffsets.withUnsafeBufferPointer { offsets in
        graph.reverseSources.withUnsafeBufferPointer { sources in
          for v in 0..<n {
            var sum = 0.0
            for slot in Int(offsets[v])..<Int(offsets[v + 1]) { sum += hubs[Int(sources[slot])] }
            authorities[v] = sum
            authorityTotal += sum
          }
        }
      }
      var hubTotal = 0.0
      graph.forwardOffsets.withUnsafeBufferPointer { offsets in
        graph.forwardTargets.withUnsafeBufferPointer { targets in
          for u in 0..<n {
            var sum = 0.0
            for edge in Int(offsets[u])..<Int(offsets[u + 1]) { sum += authorities[Int(targets[edge])] }
            nextHubs[u] = sum
            hubTotal += sum
          }
        }
      }
      var change = 0.0
      for i in 0..<n {
        nextHubs[i] /= hubTotal
        change += abs(nextHubs[i] - hubs[i])
      }
      for i in 0..<n { authorities[i] /= authorityTotal }
      swap(&hubs, &nextHubs)
      converged = change < tolerance
    }
    return HITSScores(hubs: hubs, authorities: authorities, iterations: iterations, converged: converged)
  }
}
