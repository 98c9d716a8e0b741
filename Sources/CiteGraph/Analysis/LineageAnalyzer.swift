/// Lineage questions on a citation graph: where a document comes from (what it cites, and what
/// those cite…), what grew out of it, and the citation chains between two documents.
public struct LineageAnalyzer: Sendable {
  /// Which way a lineage walk follows citations.
  public enum Direction: String, Sendable, CaseIterable {
    /// Towards what the document cites, and what those cite.
    case ancestors
    /// Towards what cites the document, and what cites those.
    case descendants
  }

  /// One document reached by a lineage walk.
  public struct Entry: Hashable, Sendable {
    /// The document's node.
    public var node: CitationGraph.NodeID
    /// Its symbol.
    public var symbol: Symbol
    /// The number of citation steps from the start (1 for a direct citation).
    public var depth: Int
    /// The node it was reached from, one step closer to the start (the start itself at depth 1).
    public var parent: CitationGraph.NodeID
    /// The relations of the edge between ``parent`` and this node (within the relation filter).
    public var relations: RelationSet
    /// The relations of the path's first edge, the one that leaves the start.
    public var firstRelations: RelationSet
    /// Its adoption date, when known.
    public var date: CalendarDate?
    /// Its title, when known.
    public var title: String?
  }

  /// The graph walked.
  public let graph: CitationGraph

  public init(graph: CitationGraph) {
    self.graph = graph
  }

  /// The ancestors of `start`: every document it cites directly or through a chain, nearest first.
  ///
  /// See ``walk(from:direction:maxDepth:relations:bodies:)``.
  public func ancestors(
    of start: CitationGraph.NodeID, maxDepth: Int? = nil, relations: RelationSet = .all, bodies: Set<Body>? = nil
  ) -> [Entry] {
    walk(from: start, direction: .ancestors, maxDepth: maxDepth, relations: relations, bodies: bodies)
  }

  /// The descendants of `start`: every document that cites it directly or through a chain, nearest first.
  ///
  /// See ``walk(from:direction:maxDepth:relations:bodies:)``.
  public func descendants(
    of start: CitationGraph.NodeID, maxDepth: Int? = nil, relations: RelationSet = .all, bodies: Set<Body>? = nil
  ) -> [Entry] {
    walk(from: start, direction: .descendants, maxDepth: maxDepth, relations: relations, bodies: bodies)
  }

  /// Breadth-first walk from `start` along citations (`direction`), each node reported once at its
  /// least depth, in order of depth then of symbol within a parent's neighbours.
  ///
  /// Only edges with a relation in `relations` are followed, and only nodes whose body is in `bodies`
  /// (all when `nil`) are entered; `maxDepth` bounds the depth. The start is not reported. The queue is
  /// an array, so a chain of a million documents walks without recursion.
  ///
  /// - Parameters:
  ///   - start: the document to start from.
  ///   - direction: towards ancestors (cited documents) or descendants (citing documents).
  ///   - maxDepth: the deepest level to report, unbounded when `nil`.
  ///   - relations: the relations an edge must carry to be followed.
  ///   - bodies: the bodies whose documents may be entered, all when `nil`.
  /// - Returns: the reached documents, by depth.
  /// - Complexity: O(*V* + *E*) time for the reached part of the graph, O(*V*) memory
  ///   (breadth-first search, Moore 1959).
  public func walk(
    from start: CitationGraph.NodeID, direction: Direction, maxDepth: Int? = nil, relations: RelationSet = .all,
    bodies: Set<Body>? = nil
  ) -> [Entry] {
    let limit = maxDepth ?? Int.max
    guard limit > 0 else { return [] }
    var depth = [Int32](repeating: -1, count: graph.nodeCount)
    depth[Int(start)] = 0
    var firstRelations = [RelationSet](repeating: RelationSet(), count: graph.nodeCount)
    var entries: [Entry] = []
    var queue: [CitationGraph.NodeID] = [start]
    var head = 0
    while head < queue.count {
      let current = queue[head]
      head += 1
      let nextDepth = Int(depth[Int(current)]) + 1
      guard nextDepth <= limit else { continue }
      forEachNeighbour(of: current, direction) { neighbour, edge in
        guard depth[Int(neighbour)] < 0 else { return }
        let kept = graph.relations(ofEdge: edge).intersection(relations)
        guard !kept.isEmpty, bodies?.contains(graph[neighbour].symbol.body) ?? true else { return }
        depth[Int(neighbour)] = Int32(nextDepth)
        let first = current == start ? kept : firstRelations[Int(current)]
        firstRelations[Int(neighbour)] = first
        queue.append(neighbour)
        let node = graph[neighbour]
        entries.append(
          Entry(
            node: neighbour, symbol: node.symbol, depth: nextDepth, parent: current, relations: kept,
            firstRelations: first, date: node.date, title: node.title))
      }
    }
    return entries
  }

  /// Calls `body` with every neighbour of `node` in `direction` and the edge that links them, in symbol order.
  @inline(__always)
  func forEachNeighbour(
    of node: CitationGraph.NodeID, _ direction: Direction, _ body: (CitationGraph.NodeID, Int) -> Void
  ) {
    switch direction {
    case .ancestors:
      for edge in graph.outEdges(of: node) { body(graph.target(ofEdge: edge), edge) }
    case .descendants:
      for slot in graph.inEdgeSlots(of: node) { body(graph.source(ofSlot: slot), graph.edge(ofSlot: slot)) }
    }
  }
}
