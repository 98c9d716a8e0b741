extension CentralityAnalyzer {
  /// PageRank scores and how the solve ended.
  public struct PageRankResult: Sendable {
    /// The score of each node; they sum to 1.
    public var scores: [Double]
    /// The most Gauss–Seidel sweeps any strongly connected component needed: 1 when the graph is
    /// acyclic, since every component is then solved exactly in one pass.
    public var iterations: Int
    /// Whether every component's L1 change fell below its share of the tolerance.
    public var converged: Bool
  }

  /// PageRank, optionally personalized on a set of documents, solved component by component.
  ///
  /// The scores are those of Page, Brin, Motwani and Winograd ("The PageRank citation ranking: bringing
  /// order to the web", Stanford InfoLab, 1999) as networkx's `pagerank` computes them: a citation passes
  /// the citing document's rank, split evenly over what it cites, to the cited one; the rank of documents
  /// that cite nothing (dangling) and the teleport share `1 − α` are spread over the personalization
  /// vector `v`, uniform over `personalization` when it is given and over every node otherwise. With `P`
  /// the row-stochastic citation matrix (rows of dangling nodes zero) and `d` the indicator of dangling
  /// nodes, the scores are the fixed point
  ///
  ///     x = α Pᵀ x + (α dᵀx + 1 − α) v,    with Σ x = 1.
  ///
  /// Because dangling mass and teleports land on the same `v`, the bracket is one scalar `s`, and
  /// `x = s y` where `y` solves the linear system `(I − α Pᵀ) y = v` (Langville and Meyer, "Deeper inside
  /// PageRank", Internet Mathematics 1(3), 2004, on PageRank as a linear system). Summing that system
  /// over the nodes, and using that `Pᵀ` keeps the mass of non-dangling nodes and drops that of dangling
  /// ones, `Σy − α (Σy − dᵀy) = 1`, that is `1 / Σy = 1 − α + α dᵀ(y / Σy)`: so `x = y / Σy` satisfies
  /// the fixed point with `s = 1 / Σy`. One right-hand side suffices, and normalizing at the end
  /// replaces the dangling correction of every power iteration.
  ///
  /// The system is solved as Gleich and Kurokawa's PRPACK (igraph's PageRank) does in its
  /// `solve_via_scc_gs`: in the topological order of the strongly connected
  /// components, a node's score depends only on the nodes citing it, which lie in components already
  /// solved or in its own. A component of one node is exact in one pull over its in-edges (a
  /// self-citation `α / outdeg` on the diagonal is divided out); a citation circle is swept by
  /// Gauss–Seidel until the L1 change of a sweep falls below `tolerance × (1 − α) × size / V`: a
  /// circle's error is then about `α / (1 − α)` times its last change (as for a power iteration), and
  /// what it passes downstream is damped by `α` at each step, at most `1 / (1 − α)` in all, so the
  /// error over the whole vector stays of the order of `tolerance`, as with a power iteration stopped
  /// at an L1 change of `tolerance`. On a citation DAG the whole solve is one pass over the edges after
  /// the components.
  ///
  /// - Parameters:
  ///   - damping: The probability α of following a citation rather than teleporting.
  ///   - tolerance: The L1 accuracy asked of the whole vector.
  ///   - maxIterations: The limit of Gauss–Seidel sweeps over one citation circle.
  ///   - personalization: The documents teleports land on, uniformly; empty for all.
  /// - Returns: The scores, summing to 1, and whether every component converged.
  /// - Complexity: O(*V* + *E*) for the components and the acyclic part, plus O(*k* *E*<sub>c</sub>)
  ///   for a circle with *E*<sub>c</sub> in-edges swept *k* times.
  public func pageRank(
    damping: Double = 0.85, tolerance: Double = 1e-10, maxIterations: Int = 10_000,
    personalization: [CitationGraph.NodeID] = []
  ) -> PageRankResult {
    let n = graph.nodeCount
    guard n > 0 else { return PageRankResult(scores: [], iterations: 0, converged: true) }
    let targets = Set(personalization.filter { $0 >= 0 && Int($0) < n })
    let components = StronglyConnectedComponents(graph: graph)
    let solver = PageRankSolver(graph: graph, damping: damping, personalization: targets)
    defer { solver.deallocate() }
    var iterations = 1
    var converged = true
    components.memberOffsets.withUnsafeBufferPointer { offsets in
      components.memberNodes.withUnsafeBufferPointer { members in
        // The whole graph was analysed, so a node's position is its id.
        let componentOf = components.componentOfPosition
        // Component numbers fall along the citations, so the highest is solved first.
        for component in stride(from: components.count - 1, through: 0, by: -1) {
          let first = Int(offsets[component])
          let end = Int(offsets[component + 1])
          if end - first == 1 {
            solver.solveSingle(Int(members[first]))
          } else {
            let threshold = tolerance * (1 - damping) * Double(end - first) / Double(n)
            let order = solver.sweepOrder(
              UnsafeBufferPointer(rebasing: members[first..<end]), component: Int32(component), componentOf: componentOf
            )
            let sweeps = solver.solveCircle(
              order, component: Int32(component), componentOf: componentOf, threshold: threshold,
              maxSweeps: maxIterations)
            iterations = max(iterations, sweeps.count)
            converged = converged && sweeps.converged
          }
        }
      }
    }
    return PageRankResult(scores: solver.normalizedScores(), iterations: iterations, converged: converged)
  }
}

/// The buffers of one PageRank solve: the unnormalized scores `y` and each node's share `y / outdeg`,
/// which is what the nodes it cites pull.
private struct PageRankSolver {
  let graph: CitationGraph
  let damping: Double
  /// 1 / out-degree, or 0 for a dangling node.
  let inverseOutDegree: UnsafeMutableBufferPointer<Double>
  /// The right-hand side `v`, or `nil` when uniform.
  let teleport: UnsafeMutableBufferPointer<Double>?
  let uniform: Double
  let score: UnsafeMutableBufferPointer<Double>
  let share: UnsafeMutableBufferPointer<Double>
  /// Whether a node of a citation circle has been placed in its circle's sweep order.
  let placed: UnsafeMutableBufferPointer<Bool>
  /// A circle member's position in its circle's sweep order.
  let localIndex: UnsafeMutableBufferPointer<Int32>

  init(graph: CitationGraph, damping: Double, personalization: Set<CitationGraph.NodeID>) {
    self.graph = graph
    self.damping = damping
    let n = graph.nodeCount
    uniform = 1 / Double(n)
    let inverse = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
    graph.forwardOffsets.withUnsafeBufferPointer { offsets in
      for node in 0..<n {
        let degree = Int(offsets[node + 1] - offsets[node])
        inverse[node] = degree == 0 ? 0 : 1 / Double(degree)
      }
    }
    inverseOutDegree = inverse
    // Zero until solved, so that a self-citation adds nothing to its node's first pull.
    score = .allocate(capacity: n)
    score.initialize(repeating: 0)
    share = .allocate(capacity: n)
    share.initialize(repeating: 0)
    placed = .allocate(capacity: n)
    placed.initialize(repeating: false)
    localIndex = .allocate(capacity: n)
    localIndex.initialize(repeating: 0)
    if personalization.isEmpty {
      teleport = nil
    } else {
      let vector = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
      vector.initialize(repeating: 0)
      for node in personalization { vector[Int(node)] = 1 / Double(personalization.count) }
      teleport = vector
    }
  }

  func deallocate() {
    inverseOutDegree.deallocate()
    teleport?.deallocate()
    score.deallocate()
    share.deallocate()
    placed.deallocate()
    localIndex.deallocate()
  }

  /// `α` times the sum of the shares of the nodes citing `node`, as they stand.
  @inline(__always)
  func pull(_ node: Int, offsets: UnsafeBufferPointer<Int32>, sources: UnsafeBufferPointer<Int32>) -> Double {
    let end = Int(offsets[node + 1])
    var slot = Int(offsets[node])
    // Four running sums: one would chain every addition on the last (four cycles each), and the walk
    // over a million in-edges would wait on the adder rather than on memory.
    var sums = (0.0, 0.0, 0.0, 0.0)
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
    return damping * ((sums.0 + sums.1) + (sums.2 + sums.3))
  }

  /// `α / outdeg` when `node` cites itself, else 0: its own coefficient in its equation.
  @inline(__always)
  func selfWeight(_ node: Int) -> Double {
    graph.edge(from: CitationGraph.NodeID(node), to: CitationGraph.NodeID(node)) == nil
      ? 0 : damping * inverseOutDegree[node]
  }

  /// Solves a component of one node exactly; everything citing it is solved already.
  func solveSingle(_ node: Int) {
    let inflow = graph.reverseOffsets.withUnsafeBufferPointer { offsets in
      graph.reverseSources.withUnsafeBufferPointer { sources in pull(node, offsets: offsets, sources: sources) }
    }
    let value = (inflow + (teleport?[node] ?? uniform)) / (1 - selfWeight(node))
    score[node] = value
    share[node] = value * inverseOutDegree[node]
  }

  /// The members of circle `component` in reverse postorder of a depth-first search along citations
  /// inside it: every citation inside the circle then goes forward in the order except the search's
  /// back edges, so a Gauss–Seidel sweep uses this sweep's value of almost every citing node, and the
  /// sweeps needed fall from those of a power iteration to a few when the circle is mostly acyclic.
  /// Roots are taken from the highest id down: ids follow symbols, and newer resolutions cite older.
  ///
  /// - Complexity: O(*m* + *E*<sub>m</sub>) for the *m* members and their out-edges.
  func sweepOrder(
    _ members: UnsafeBufferPointer<CitationGraph.NodeID>, component: Int32, componentOf: [Int32]
  ) -> [CitationGraph.NodeID] {
    var postorder: [CitationGraph.NodeID] = []
    postorder.reserveCapacity(members.count)
    var stackNodes: [Int] = []
    var stackCursors: [Int] = []
    graph.forwardOffsets.withUnsafeBufferPointer { offsets in
      graph.forwardTargets.withUnsafeBufferPointer { targets in
        componentOf.withUnsafeBufferPointer { componentOf in
          for root in members.reversed() where !placed[Int(root)] {
            placed[Int(root)] = true
            stackNodes.append(Int(root))
            stackCursors.append(Int(offsets[Int(root)]))
            while let top = stackNodes.last {
              var edge = stackCursors[stackCursors.count - 1]
              let end = Int(offsets[top + 1])
              var next: Int?
              while edge < end && next == nil {
                let target = Int(targets[edge])
                edge += 1
                if componentOf[target] == component && !placed[target] { next = target }
              }
              stackCursors[stackCursors.count - 1] = edge
              if let next {
                placed[next] = true
                stackNodes.append(next)
                stackCursors.append(Int(offsets[next]))
              } else {
                postorder.append(CitationGraph.NodeID(top))
                stackNodes.removeLast()
                stackCursors.removeLast()
              }
            }
          }
        }
      }
    }
    return postorder.reversed()
  }

  /// Sweeps a citation circle, `members` in sweep order, by Gauss–Seidel until a sweep changes its
  /// scores by less than `threshold` in L1 (or by rounding alone); returns the sweeps run.
  ///
  /// Citations from outside the circle come from components already solved, so their inflow is summed
  /// once; the sweeps run over a copy of the circle's inner citations renumbered in sweep order, whose
  /// scores stay together in cache however the circle's ids are scattered.
  func solveCircle(
    _ members: [CitationGraph.NodeID], component: Int32, componentOf: [Int32], threshold: Double, maxSweeps: Int
  ) -> (count: Int, converged: Bool) {
    let m = members.count
    for (index, node) in members.enumerated() { localIndex[Int(node)] = Int32(index) }
    // Per member: the constant part of its equation, its diagonal `1 − α/outdeg` (self-citation) and
    // its inner citing members.
    var constant = [Double](repeating: 0, count: m)
    var diagonal = [Double](repeating: 1, count: m)
    var innerOffsets = [Int32](repeating: 0, count: m + 1)
    var innerSources: [Int32] = []
    graph.reverseOffsets.withUnsafeBufferPointer { offsets in
      graph.reverseSources.withUnsafeBufferPointer { sources in
        componentOf.withUnsafeBufferPointer { componentOf in
          for (index, member) in members.enumerated() {
            let node = Int(member)
            var outside = 0.0
            for slot in Int(offsets[node])..<Int(offsets[node + 1]) {
              let source = Int(sources[slot])
              if source == node {
                diagonal[index] -= damping * inverseOutDegree[node]
              } else if componentOf[source] == component {
                innerSources.append(localIndex[source])
              } else {
                outside += share[source]
              }
            }
            constant[index] = damping * outside + (teleport?[node] ?? uniform)
            innerOffsets[index + 1] = Int32(innerSources.count)
          }
        }
      }
    }
    let inverse = members.map { inverseOutDegree[Int($0)] }
    var local = [Double](repeating: 0, count: m)
    var localShare = [Double](repeating: 0, count: m)
    var sweeps = 0
    var converged = false
    local.withUnsafeMutableBufferPointer { local in
      localShare.withUnsafeMutableBufferPointer { localShare in
        innerSources.withUnsafeBufferPointer { inner in
          while sweeps < maxSweeps && !converged {
            sweeps += 1
            var change = 0.0
            var total = 0.0
            var slot = 0
            for index in 0..<m {
              let end = Int(innerOffsets[index + 1])
              // Two running sums: circles are denser in short in-lists than the whole graph.
              var sums = (0.0, 0.0)
              while slot + 2 <= end {
                sums.0 += localShare[Int(inner[slot])]
                sums.1 += localShare[Int(inner[slot + 1])]
                slot += 2
              }
              if slot < end {
                sums.0 += localShare[Int(inner[slot])]
                slot += 1
              }
              let value = (damping * (sums.0 + sums.1) + constant[index]) / diagonal[index]
              change += abs(value - local[index])
              total += value
              local[index] = value
              localShare[index] = value * inverse[index]
            }
            // Below a few ulps of the circle's mass a sweep only reshuffles rounding.
            converged = change < max(threshold, 64 * Double.ulpOfOne * total)
          }
        }
      }
    }
    for (index, node) in members.enumerated() {
      score[Int(node)] = local[index]
      share[Int(node)] = localShare[index]
    }
    return (sweeps, converged)
  }

  /// The scores divided by their sum: the PageRank vector.
  func normalizedScores() -> [Double] {
    let total = score.reduce(0, +)
    return score.map { $0 / total }
  }
}
