/// Main path analysis: which chain of citations carries the most of a graph's history.
///
/// Citation cycles are first condensed, each strongly connected component becoming one step, so the
/// analysis runs on a directed acyclic graph. Edges go from the citing (newer) to the cited (older)
/// document; the literature draws them the other way, as knowledge flows. Here an *origin* is a
/// document (or condensed circle) that cites nothing in scope — a *source* of the knowledge flow — and
/// a *latest* document is one nothing in scope cites — a *sink*. Paths are reported oldest first, from
/// an origin towards the latest documents.
public struct MainPathAnalyzer: Sendable {
  /// A main path, or a small network of main paths where the search met ties: its steps oldest first
  /// and the citations that join them.
  public struct PathNetwork: Hashable, Sendable {
    /// The steps in topological order, oldest first: one document, or the members of a condensed
    /// citation circle (ascending ids).
    public var steps: [[CitationGraph.NodeID]]
    /// The citations between steps, ordered by cited step then citing step.
    public var links: [Link]
  }

  /// A citation between two steps of a ``PathNetwork``.
  public struct Link: Hashable, Sendable {
    /// The index of the citing (newer) step.
    public var citing: Int
    /// The index of the cited (older) step.
    public var cited: Int
    /// The graph edge that stands for the citation; when several edges join the two steps (only
    /// possible through a circle), the first in edge order.
    public var edge: Int
    /// The search path count of the condensed arc.
    public var weight: Double
  }

  /// The graph analysed.
  public let graph: CitationGraph
  /// The documents in scope, ascending: the whole graph, or one document's lineage.
  public let scope: [CitationGraph.NodeID]
  /// The condensation's components over `scope`.
  public let components: StronglyConnectedComponents
  /// The search path count of each arc of the condensation, by arc index.
  public let weights: [Double]
  /// The number of paths from a latest document to an origin that use at least one citation: the sum of
  /// the weights of the arcs that reach an origin.
  public let totalPaths: Double
  let arcOffsets: [Int32]
  let arcTargets: [Int32]
  let arcEdges: [Int]
  let inArcOffsets: [Int32]
  let inArcs: [Int32]
  let arcSources: [Int32]

  /// Computes the condensation and its search path counts, over the whole graph or, when `lineageOf`
  /// is given, over that document, everything it cites directly or not, and everything that cites it.
  ///
  /// Search path counts follow Hummon and Doreian ("Connectivity in a citation network: the development
  /// of DNA theory", Social Networks 11, 1989) as computed by Batagelj ("Efficient algorithms for
  /// citation network analysis", arXiv:cs/0309023, 2003): the weight of an arc is the number of
  /// latest-to-origin paths through it, N⁻(citing) × N⁺(cited), both counts found in one pass each over
  /// the components in topological order. Counts are `Double`: they grow exponentially with depth and
  /// saturate at infinity beyond 1.8e308.
  ///
  /// - Complexity: O(*V* + *E*) time and space.
  public init(graph: CitationGraph, lineageOf: CitationGraph.NodeID? = nil) {
    self.graph = graph
    var positions = [Int32](repeating: -1, count: graph.nodeCount)
    if let root = lineageOf {
      var scope: [CitationGraph.NodeID] = [root]
      positions[Int(root)] = 0
      for forward in [true, false] {
        var queue: [CitationGraph.NodeID] = [root]
        while let node = queue.popLast() {
          for next in forward ? graph.successors(of: node) : graph.predecessors(of: node)
          where positions[Int(next)] < 0 {
            positions[Int(next)] = 0
            scope.append(next)
            queue.append(next)
          }
        }
      }
      scope.sort()
      for (position, node) in scope.enumerated() { positions[Int(node)] = Int32(position) }
      self.scope = scope
    } else {
      scope = Array(0..<CitationGraph.NodeID(graph.nodeCount))
      for i in 0..<graph.nodeCount { positions[i] = Int32(i) }
    }
    let components = StronglyConnectedComponents(graph: graph, nodes: scope, positions: positions)
    self.components = components
    let count = components.count
    var arcOffsets = [Int32](repeating: 0, count: count + 1)
    var arcTargets: [Int32] = []
    var arcEdges: [Int] = []
    var seen = [Int32](repeating: -1, count: count)
    for c in 0..<count {
      for member in components.members(of: c) {
        for edge in graph.outEdges(of: member) {
          let position = positions[Int(graph.forwardTargets[edge])]
          guard position >= 0 else { continue }
          let d = components.componentOfPosition[Int(position)]
          guard d != Int32(c), seen[Int(d)] != Int32(c) else { continue }
          seen[Int(d)] = Int32(c)
          arcTargets.append(d)
          arcEdges.append(edge)
        }
      }
      arcOffsets[c + 1] = Int32(arcTargets.count)
    }
    var inArcOffsets = [Int32](repeating: 0, count: count + 1)
    for d in arcTargets { inArcOffsets[Int(d) + 1] += 1 }
    for c in 0..<count { inArcOffsets[c + 1] += inArcOffsets[c] }
    var cursor = inArcOffsets
    var inArcs = [Int32](repeating: 0, count: arcTargets.count)
    var arcSources = [Int32](repeating: 0, count: arcTargets.count)
    for c in 0..<count {
      for arc in Int(arcOffsets[c])..<Int(arcOffsets[c + 1]) {
        let d = Int(arcTargets[arc])
        inArcs[Int(cursor[d])] = Int32(arc)
        cursor[d] += 1
        arcSources[arc] = Int32(c)
      }
    }
    // Arcs run from higher to lower component numbers, so ascending order visits what a component
    // cites before it, and descending order what cites it.
    var toOrigins = [Double](repeating: 0, count: count)
    for c in 0..<count {
      let arcs = Int(arcOffsets[c])..<Int(arcOffsets[c + 1])
      toOrigins[c] = arcs.isEmpty ? 1 : arcs.reduce(0) { $0 + toOrigins[Int(arcTargets[$1])] }
    }
    var fromLatest = [Double](repeating: 0, count: count)
    for c in stride(from: count - 1, through: 0, by: -1) {
      if inArcOffsets[c] == inArcOffsets[c + 1] { fromLatest[c] = 1 }
      for arc in Int(arcOffsets[c])..<Int(arcOffsets[c + 1]) { fromLatest[Int(arcTargets[arc])] += fromLatest[c] }
    }
    var weights = [Double](repeating: 0, count: arcTargets.count)
    var total = 0.0
    for arc in weights.indices {
      let cited = Int(arcTargets[arc])
      weights[arc] = fromLatest[Int(arcSources[arc])] * toOrigins[cited]
      if arcOffsets[cited] == arcOffsets[cited + 1] { total += weights[arc] }
    }
    self.weights = weights
    self.totalPaths = total
    self.arcOffsets = arcOffsets
    self.arcTargets = arcTargets
    self.arcEdges = arcEdges
    self.inArcOffsets = inArcOffsets
    self.inArcs = inArcs
    self.arcSources = arcSources
  }

  /// The number of arcs of the condensation.
  public var arcCount: Int { arcTargets.count }

  /// The graph edge that stands for arc `arc`.
  public func edge(ofArc arc: Int) -> Int { arcEdges[arc] }
}
