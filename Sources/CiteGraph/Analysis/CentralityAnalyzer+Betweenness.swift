import Foundation

extension CentralityAnalyzer {
  /// Which nodes betweenness counts shortest paths from.
  public enum BetweennessSources: Hashable, Sendable {
    /// Every node: exact betweenness.
    case all
    /// `count` distinct nodes drawn with a generator seeded by `seed`: an estimate for big graphs, the
    /// same for the same seed. At least one node is drawn; `count` ≥ *V* is exact.
    case sample(count: Int, seed: UInt64)
    /// The given nodes (duplicates ignored), scaled as a sample of that size.
    case nodes([CitationGraph.NodeID])
  }

  /// Betweenness: for each document, the share of shortest citation chains between two other documents
  /// that pass through it, summed over all ordered pairs.
  ///
  /// Follows Brandes ("A faster algorithm for betweenness centrality", Journal of Mathematical Sociology
  /// 25(2), 2001) on the directed, unweighted graph: one breadth-first search per source, then the
  /// dependencies accumulated in reverse order of distance. Sources are spread over `workers` tasks, each
  /// with its own scratch arrays (distances, path counts, the visiting order as an `Int32` queue that is
  /// also the stack) reset only where a search touched them; nothing is allocated per source or edge.
  /// Results are summed in worker order, so they do not depend on scheduling.
  ///
  /// Scaling follows networkx 3.6 `betweenness_centrality` for directed graphs without endpoints:
  /// unnormalized scores are raw pair counts; `normalized` divides by (*V* − 1)(*V* − 2). With sampled
  /// sources (`k` < *V* of them), a node's sum is scaled by (*V* − 1)/`k`, or by (*V* − 1)/(`k` − 1) for a
  /// sampled node, which cannot lie between itself and a target (normalized: 1/(`k`(*V* − 2)) and
  /// 1/((`k` − 1)(*V* − 2))); with a single sampled source, that source's own score stays 0 where networkx
  /// gives NaN.
  ///
  /// - Parameters:
  ///   - normalized: Whether to divide by the number of ordered pairs that could pass through a node.
  ///   - sources: All nodes (exact), a seeded sample, or given nodes.
  ///   - workers: The number of concurrent tasks; defaults to the active processor count.
  /// - Returns: The score of each node.
  /// - Complexity: O(*k* (*V* + *E*)) time for *k* sources, O(*w* *V*) extra space for *w* workers.
  public func betweenness(
    normalized: Bool = false, sources: BetweennessSources = .all,
    workers: Int = ProcessInfo.processInfo.activeProcessorCount
  ) async -> [Double] {
    let n = graph.nodeCount
    let chosen = sourceList(sources)
    let sampled = chosen.count < n
    let workerCount = max(1, min(workers, chosen.count))
    let graph = self.graph
    let partials = await withTaskGroup(of: (Int, [Double]).self) { group in
      for worker in 0..<workerCount {
        group.addTask {
          (worker, Self.brandes(graph: graph, sources: chosen, first: worker, stride: workerCount))
        }
      }
      var partials = [[Double]](repeating: [], count: workerCount)
      for await (worker, partial) in group { partials[worker] = partial }
      return partials
    }
    var scores = [Double](repeating: 0, count: n)
    for partial in partials {
      for i in 0..<n { scores[i] += partial[i] }
    }
    guard n > 2 else { return scores }
    let pairs = normalized ? Double(n - 2) : 1 / Double(n - 1)
    if sampled {
      let k = Double(chosen.count)
      var isSource = [Bool](repeating: false, count: n)
      for source in chosen { isSource[Int(source)] = true }
      for i in 0..<n {
        let draws = isSource[i] ? k - 1 : k
        scores[i] = draws > 0 ? scores[i] / (draws * pairs) : 0
      }
    } else if normalized {
      for i in 0..<n { scores[i] /= Double(n - 1) * Double(n - 2) }
    }
    return scores
  }

  /// The distinct sources `selection` names, ascending.
  private func sourceList(_ selection: BetweennessSources) -> [CitationGraph.NodeID] {
    let n = graph.nodeCount
    switch selection {
    case .all:
      return Array(0..<CitationGraph.NodeID(n))
    case .nodes(let nodes):
      return Set(nodes).filter { $0 >= 0 && Int($0) < n }.sorted()
    case .sample(let count, let seed):
      guard n > 0, count < n else { return Array(0..<CitationGraph.NodeID(n)) }
      // A partial Fisher–Yates shuffle: the first `count` slots become a uniform sample.
      var pool = Array(0..<CitationGraph.NodeID(n))
      var generator = SplitMix64(seed: seed)
      for i in 0..<max(1, count) {
        let j = i + Int(generator.next() % UInt64(n - i))
        pool.swapAt(i, j)
      }
      return pool.prefix(max(1, count)).sorted()
    }
  }

  /// The unscaled dependencies from the sources `sources[first]`, `sources[first + stride]`, ….
  private static func brandes(
    graph: CitationGraph, sources: [CitationGraph.NodeID], first: Int, stride: Int
  ) -> [Double] {
    let n = graph.nodeCount
    var scores = [Double](repeating: 0, count: n)
    let distance = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
    let paths = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
    let coefficient = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
    let order = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
    defer {
      distance.deallocate()
      paths.deallocate()
      coefficient.deallocate()
      order.deallocate()
    }
    distance.initialize(repeating: -1)
    paths.initialize(repeating: 0)
    coefficient.initialize(repeating: 0)
    order.initialize(repeating: 0)
    graph.forwardOffsets.withUnsafeBufferPointer { offsets in
      graph.forwardTargets.withUnsafeBufferPointer { targets in
        scores.withUnsafeMutableBufferPointer { scores in
          var index = first
          while index < sources.count {
            let source = Int(sources[index])
            index += stride
            guard offsets[source + 1] > offsets[source] else { continue }
            distance[source] = 0
            paths[source] = 1
            order[0] = Int32(source)
            var head = 0
            var tail = 1
            while head < tail {
              let v = Int(order[head])
              head += 1
              let next = distance[v] + 1
              let count = paths[v]
              for edge in Int(offsets[v])..<Int(offsets[v + 1]) {
                let w = Int(targets[edge])
                var reached = distance[w]
                if reached < 0 {
                  reached = next
                  distance[w] = next
                  order[tail] = Int32(w)
                  tail += 1
                }
                if reached == next { paths[w] += count }
              }
            }
            // coefficient[w] = (1 + δ(w)) / σ(w), so each successor costs one addition.
            var position = tail - 1
            while position > 0 {
              let v = Int(order[position])
              position -= 1
              let next = distance[v] + 1
              var sum = 0.0
              for edge in Int(offsets[v])..<Int(offsets[v + 1]) {
                let w = Int(targets[edge])
                if distance[w] == next { sum += coefficient[w] }
              }
              let dependency = paths[v] * sum
              scores[v] += dependency
              coefficient[v] = (1 + dependency) / paths[v]
            }
            for position in 0..<tail {
              let v = Int(order[position])
              distance[v] = -1
              paths[v] = 0
            }
          }
        }
      }
    }
    return scores
  }
}

/// Vigna's SplitMix64 generator: small, fast and fully determined by its seed, so sampled betweenness
/// is reproducible across runs and platforms.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
