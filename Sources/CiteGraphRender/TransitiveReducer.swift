import CiteGraph

/// Drops the citations a map does not need to show: an edge *u* → *v* is implied when *v* is also
/// reached from *u* through a longer path.
///
/// On a directed acyclic graph this is the transitive reduction of Aho, Garey & Ullman ("The
/// transitive reduction of a directed graph", SIAM J. Comput. 1(2), 1972): the unique smallest
/// graph with the same reachability. With cycles the smallest equivalent subgraph is NP-hard to
/// find (Garey & Johnson, *Computers and Intractability*, 1979, problem GT33), and Aho, Garey &
/// Ullman's reduction replaces each strongly connected component by a cycle of its own making,
/// which would draw citations no text makes. So the reducer works on the condensation instead:
/// strongly connected components (Tarjan 1972, in Pearce's iterative form) become single vertices, the condensation DAG is
/// reduced exactly, every citation inside a component is kept (the cycle stays visible, as it is
/// itself a finding), and every citation between two components is kept exactly when their
/// condensation edge is. Relations play no part: a *reaffirms* edge implied by a chain of *recalls*
/// is dropped like any other.
///
/// - Complexity: O(*V* + *E*) for the components, then O(*C*·*E*/64) time and O(*C*²/64) words of
///   memory for the reachability bit sets of the *C* components.
public struct TransitiveReducer: Sendable {
  /// What a reduction did.
  public struct Summary: Sendable, Equatable {
    /// The citations dropped because a longer path implies them.
    public var removedEdges: Int
    /// The strongly connected components with more than one document, whose citations were all kept.
    public var cycles: Int
    /// The documents in those components.
    public var documentsInCycles: Int

    public init(removedEdges: Int, cycles: Int, documentsInCycles: Int) {
      self.removedEdges = removedEdges
      self.cycles = cycles
      self.documentsInCycles = documentsInCycles
    }
  }

  public init() {}

  /// The graph without its implied edges, and what was dropped.
  public func reduce(_ graph: CitationGraph) -> (graph: CitationGraph, summary: Summary) {
    let components = StronglyConnectedComponents(graph: graph)
    let keep = keptEdges(graph, components: components)
    var records: [CitationGraph.EdgeRecord] = []
    var removed = 0
    for (index, record) in graph.edgeRecords.enumerated() {
      if keep[index] { records.append(record) } else { removed += 1 }
    }
    var sizes = [Int](repeating: 0, count: components.count)
    for component in components.componentOfPosition { sizes[Int(component)] += 1 }
    let cyclic = sizes.filter { $0 > 1 }
    let reduced = CitationGraph(nodes: graph.nodes, edges: records, files: graph.files)
    return (
      reduced,
      Summary(removedEdges: removed, cycles: cyclic.count, documentsInCycles: cyclic.reduce(0, +))
    )
  }

  /// For every edge index of `graph`, whether the reduction keeps it.
  private func keptEdges(_ graph: CitationGraph, components: StronglyConnectedComponents) -> [Bool] {
    let count = components.count
    let words = (count + 63) / 64
    // Components are numbered in reverse topological order: every component a component points to
    // has a smaller number, so one pass in number order sees successors first.
    var members = [[CitationGraph.NodeID]](repeating: [], count: count)
    for node in 0..<CitationGraph.NodeID(graph.nodeCount) {
      members[Int(components.componentOfPosition[Int(node)])].append(node)
    }
    var reach = [UInt64](repeating: 0, count: count * words)
    var keptPair = Set<Int64>()
    var successors: [Int32] = []
    var below = [UInt64](repeating: 0, count: words)
    for component in 0..<count {
      successors.removeAll(keepingCapacity: true)
      for node in members[component] {
        for edge in graph.outEdges(of: node) {
          let next = components.componentOfPosition[Int(graph.target(ofEdge: edge))]
          if Int(next) != component { successors.append(next) }
        }
      }
      successors.sort()
      var last: Int32 = -1
      for index in 0..<words { below[index] = 0 }
      for next in successors where next != last {
        last = next
        let base = Int(next) * words
        for index in 0..<words { below[index] |= reach[base + index] }
      }
      let base = component * words
      last = -1
      for next in successors where next != last {
        last = next
        let bit = Int(next)
        if below[bit / 64] & (1 << UInt64(bit % 64)) == 0 {
          keptPair.insert(Int64(component) << 32 | Int64(next))
        }
        below[bit / 64] |= 1 << UInt64(bit % 64)
      }
      for index in 0..<words { reach[base + index] = below[index] }
    }
    var keep = [Bool](repeating: true, count: graph.edgeCount)
    for node in 0..<CitationGraph.NodeID(graph.nodeCount) {
      let from = components.componentOfPosition[Int(node)]
      for edge in graph.outEdges(of: node) {
        let to = components.componentOfPosition[Int(graph.target(ofEdge: edge))]
        if from != to && !keptPair.contains(Int64(from) << 32 | Int64(to)) { keep[edge] = false }
      }
    }
    return keep
  }
}
