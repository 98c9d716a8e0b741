import Foundation

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
  ///
  /// Each iteration pulls over the reverse adjacency into preallocated buffers, the nodes split into
  /// `workers` ranges of about equal edge counts, one task each; a worker also prepares its nodes'
  /// shares and dangling mass for the next iteration, so an iteration is one pass over the edges.
  ///
  /// - Parameters:
  ///   - damping: The probability of following a citation rather than teleporting.
  ///   - tolerance: The L1 change between iterations below which the iteration stops.
  ///   - maxIterations: The iteration limit.
  ///   - personalization: The documents teleports land on, uniformly; empty for all.
  ///   - workers: The number of concurrent tasks; defaults to the active processor count.
  /// - Returns: The scores, summing to 1, and whether they converged.
  /// - Complexity: O(*k* (*V* + *E*)) for *k* iterations, at most log(tolerance) / log(damping).
  public func pageRank(
    damping: Double = 0.85, tolerance: Double = 1e-10, maxIterations: Int = 10_000,
    personalization: [CitationGraph.NodeID] = [], workers: Int = ProcessInfo.processInfo.activeProcessorCount
  ) async -> PageRankResult {
    let n = graph.nodeCount
    guard n > 0 else { return PageRankResult(scores: [], iterations: 0, converged: true) }
    let targets = Set(personalization.filter { $0 >= 0 && Int($0) < n })
    let state = PageRankState(graph: graph, damping: damping, personalization: targets)
    // Small graphs are not worth a task per iteration.
    let ranges = Self.balancedRanges(graph: graph, parts: graph.edgeCount < 50_000 ? 1 : max(1, workers))
    var iterations = 0
    var converged = false
    while iterations < maxIterations && !converged {
      iterations += 1
      var change = 0.0
      var danglingMass = 0.0
      if ranges.count == 1 {
        (change, danglingMass) = state.step(nodes: ranges[0])
      } else {
        let partials = await withTaskGroup(of: (Int, Double, Double).self) { group in
          for (index, range) in ranges.enumerated() {
            group.addTask {
              let (change, dangling) = state.step(nodes: range)
              return (index, change, dangling)
            }
          }
          var partials = [(Double, Double)](repeating: (0, 0), count: ranges.count)
          for await (index, change, dangling) in group { partials[index] = (change, dangling) }
          return partials
        }
        for (partChange, partDangling) in partials {
          change += partChange
          danglingMass += partDangling
        }
      }
      state.advance(danglingMass: danglingMass)
      converged = change < tolerance
    }
    return PageRankResult(scores: state.scores, iterations: iterations, converged: converged)
  }

  /// `parts` consecutive node ranges holding about equal numbers of incoming edges (plus nodes).
  static func balancedRanges(graph: CitationGraph, parts: Int) -> [Range<Int>] {
    let n = graph.nodeCount
    let total = graph.edgeCount + n
    var ranges: [Range<Int>] = []
    var start = 0
    for part in 1...parts {
      let goal = total * part / parts
      var end = start
      if part == parts {
        end = n
      } else {
        // The first node whose prefix of edges and nodes reaches the goal.
        var low = start
        var high = n
        while low < high {
          let middle = (low + high) / 2
          if Int(graph.reverseOffsets[middle]) + middle < goal { low = middle + 1 } else { high = middle }
        }
        end = low
      }
      if end > start { ranges.append(start..<end) }
      start = end
    }
    return ranges
  }
}

/// The buffers of one PageRank run: current and next ranks and shares (rank / out-degree), shared by
/// the workers of an iteration, each writing only its own node range.
private final class PageRankState: @unchecked Sendable {
  let graph: CitationGraph
  let n: Int
  let damping: Double
  /// 1 / out-degree, or 0 for a dangling node.
  let inverseOutDegree: UnsafeMutableBufferPointer<Double>
  /// The personalization vector, or `nil` when uniform.
  let teleport: UnsafeMutableBufferPointer<Double>?
  var rank: UnsafeMutableBufferPointer<Double>
  var next: UnsafeMutableBufferPointer<Double>
  var share: UnsafeMutableBufferPointer<Double>
  var nextShare: UnsafeMutableBufferPointer<Double>
  /// `damping` × dangling mass + (1 − `damping`): what the personalization vector spreads this iteration.
  var spread: Double

  init(graph: CitationGraph, damping: Double, personalization: Set<CitationGraph.NodeID>) {
    self.graph = graph
    n = graph.nodeCount
    self.damping = damping
    inverseOutDegree = .allocate(capacity: n)
    rank = .allocate(capacity: n)
    next = .allocate(capacity: n)
    share = .allocate(capacity: n)
    nextShare = .allocate(capacity: n)
    var danglingMass = 0.0
    for node in 0..<n {
      let degree = graph.outDegree(of: CitationGraph.NodeID(node))
      inverseOutDegree[node] = degree == 0 ? 0 : 1 / Double(degree)
      rank[node] = 1 / Double(n)
      share[node] = rank[node] * inverseOutDegree[node]
      if degree == 0 { danglingMass += rank[node] }
    }
    next.initialize(repeating: 0)
    nextShare.initialize(repeating: 0)
    if personalization.isEmpty {
      teleport = nil
    } else {
      let vector = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
      vector.initialize(repeating: 0)
      for node in personalization { vector[Int(node)] = 1 / Double(personalization.count) }
      teleport = vector
    }
    spread = damping * danglingMass + (1 - damping)
  }

  deinit {
    inverseOutDegree.deallocate()
    teleport?.deallocate()
    rank.deallocate()
    next.deallocate()
    share.deallocate()
    nextShare.deallocate()
  }

  /// Computes `next` and `nextShare` for `nodes`; returns their L1 change and dangling mass.
  func step(nodes: Range<Int>) -> (change: Double, dangling: Double) {
    let uniform = 1 / Double(n)
    var change = 0.0
    var dangling = 0.0
    graph.reverseOffsets.withUnsafeBufferPointer { offsets in
      graph.reverseSources.withUnsafeBufferPointer { sources in
        var start = Int(offsets[nodes.lowerBound])
        for v in nodes {
          let end = Int(offsets[v + 1])
          // Four running sums: one would chain every addition on the last (four cycles each), and the
          // walk over a million in-edges would wait on the adder rather than on memory.
          var sums = (0.0, 0.0, 0.0, 0.0)
          var slot = start
          let share = self.share
          while slot + 4 <= end {
            sums.0 += share[Int(sources[slot])]
            sums.1 += share[Int(sources[slot + 1])]
            sums.2 += share[Int(sources[slot + 2])]
            sums.3 += share[Int(sources[slot + 3])]
            slot += 4
          }
          while slot < end {
            sums.0 += share[Int(sources[slot])]
            slot += 1
          }
          let sum = (sums.0 + sums.1) + (sums.2 + sums.3)
          start = end
          let value = damping * sum + spread * (teleport?[v] ?? uniform)
          change += abs(value - rank[v])
          next[v] = value
          let inverse = inverseOutDegree[v]
          nextShare[v] = value * inverse
          if inverse == 0 { dangling += value }
        }
      }
    }
    return (change, dangling)
  }

  /// Makes the next ranks current once every range is done.
  func advance(danglingMass: Double) {
    swap(&rank, &next)
    swap(&share, &nextShare)
    spread = damping * danglingMass + (1 - damping)
  }

  /// The current ranks.
  var scores: [Double] { Array(rank) }
}
