/// A typed directed citation graph: nodes are canonical symbols, an edge says that its source cites
/// its target, under one or more relations.
///
/// Adjacency is stored as compressed sparse rows (CSR) in both directions with `Int32` node ids,
/// so lineage walks and analyses touch flat arrays only. Node ids follow the symbols' sort order,
/// which makes every output deterministic. Parallel edges between the same pair are merged: their
/// relations are united, their mentions added, and the first location kept. The graph is
/// immutable once built and safe to share across threads.
public struct CitationGraph: Sendable {
  /// A node's index, dense from zero.
  public typealias NodeID = Int32

  /// What the graph knows of one document.
  public struct Node: Hashable, Sendable {
    /// The document's identity.
    public var symbol: Symbol
    /// Its adoption date, from its text or a registry.
    public var date: CalendarDate?
    /// Its title, from its text or a registry.
    public var title: String?
    /// Whether the corpus the graph was built from holds the document's text.
    public var hasText: Bool

    public init(symbol: Symbol, date: CalendarDate? = nil, title: String? = nil, hasText: Bool = false) {
      self.symbol = symbol
      self.date = date
      self.title = title
      self.hasText = hasText
    }
  }

  /// Where a citation was first seen: an index into ``files`` and a 1-based line and column.
  public struct MentionLocation: Hashable, Sendable, Comparable {
    public var file: Int32
    public var line: Int32
    public var column: Int32

    public init(file: Int32, line: Int32, column: Int32) {
      self.file = file
      self.line = line
      self.column = column
    }

    public static func < (lhs: MentionLocation, rhs: MentionLocation) -> Bool {
      (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
  }

  /// An edge as given to the initializer, by node index.
  public struct EdgeRecord: Hashable, Sendable {
    public var source: NodeID
    public var target: NodeID
    public var relations: RelationSet
    public var mentions: Int32
    public var location: MentionLocation?

    public init(
      source: NodeID, target: NodeID, relations: RelationSet, mentions: Int32 = 1, location: MentionLocation? = nil
    ) {
      self.source = source
      self.target = target
      self.relations = relations
      self.mentions = mentions
      self.location = location
    }
  }

  /// The nodes, sorted by symbol; a node's position is its id.
  public let nodes: [Node]
  /// The files that mention locations point into.
  public let files: [String]

  let forwardOffsets: [Int32]
  let forwardTargets: [NodeID]
  let edgeRelations: [RelationSet]
  let edgeMentions: [Int32]
  let edgeLocations: [PackedLocation]
  let reverseOffsets: [Int32]
  let reverseSources: [NodeID]
  let reverseEdges: [Int32]

  /// Builds a graph from nodes and edges given by index into `nodes`.
  ///
  /// Nodes with the same symbol are merged (known date, title and text win); edges that point
  /// outside `nodes` are dropped; parallel edges are merged.
  ///
  /// - Complexity: O(*V* log *V* + *E* log *d*), where *d* is the largest out-degree.
  public init(nodes: [Node], edges: [EdgeRecord], files: [String] = []) {
    let order = nodes.indices.sorted { nodes[$0].symbol < nodes[$1].symbol }
    var merged: [Node] = []
    merged.reserveCapacity(nodes.count)
    var newID = [NodeID](repeating: 0, count: nodes.count)
    for old in order {
      let node = nodes[old]
      if let last = merged.last, last.symbol == node.symbol {
        merged[merged.count - 1] = Node(
          symbol: last.symbol, date: last.date ?? node.date, title: last.title ?? node.title,
          hasText: last.hasText || node.hasText)
      } else {
        merged.append(node)
      }
      newID[old] = NodeID(merged.count - 1)
    }
    var remapped: [EdgeRecord] = []
    remapped.reserveCapacity(edges.count)
    for edge in edges where nodes.indices.contains(Int(edge.source)) && nodes.indices.contains(Int(edge.target)) {
      var copy = edge
      copy.source = newID[Int(edge.source)]
      copy.target = newID[Int(edge.target)]
      remapped.append(copy)
    }
    self.init(sortedUniqueNodes: merged, edges: remapped, files: files)
  }

  /// Builds the graph from nodes that are already sorted and unique and edges in any order, merging
  /// parallel edges (relations united, mentions added, the earliest location kept).
  ///
  /// - Complexity: O(*V* + *E* log *d*), where *d* is the largest out-degree.
  init(sortedUniqueNodes nodes: [Node], edges: [EdgeRecord], files: [String]) {
    let n = nodes.count
    var counts = [Int32](repeating: 0, count: n + 1)
    for edge in edges { counts[Int(edge.source) + 1] += 1 }
    for i in 0..<n { counts[i + 1] += counts[i] }
    var bySource = [Int32](repeating: 0, count: edges.count)
    var cursor = counts
    for (index, edge) in edges.enumerated() {
      let source = Int(edge.source)
      bySource[Int(cursor[source])] = Int32(index)
      cursor[source] += 1
    }
    var merged: [EdgeRecord] = []
    merged.reserveCapacity(edges.count)
    for source in 0..<n {
      let row = bySource[Int(counts[source])..<Int(counts[source + 1])].sorted {
        edges[Int($0)].target < edges[Int($1)].target
      }
      let rowStart = merged.count
      for index in row {
        let edge = edges[Int(index)]
        guard merged.count > rowStart, merged[merged.count - 1].target == edge.target else {
          merged.append(edge)
          continue
        }
        let at = merged.count - 1
        merged[at].relations.formUnion(edge.relations)
        merged[at].mentions += edge.mentions
        if let location = edge.location, merged[at].location.map({ location < $0 }) ?? true {
          merged[at].location = location
        }
      }
    }
    self.init(sortedUniqueNodes: nodes, sortedEdges: merged, files: files)
  }

  /// Builds the CSR arrays from sorted unique nodes and edges already sorted by source then target,
  /// with no two for the same pair, as a graph file stores them.
  ///
  /// - Complexity: O(*V* + *E*).
  init(sortedUniqueNodes nodes: [Node], sortedEdges edges: [EdgeRecord], files: [String]) {
    var offsets = [Int32](repeating: 0, count: nodes.count + 1)
    var targets: [NodeID] = []
    var relations: [RelationSet] = []
    var mentions: [Int32] = []
    var locations: [PackedLocation] = []
    targets.reserveCapacity(edges.count)
    relations.reserveCapacity(edges.count)
    mentions.reserveCapacity(edges.count)
    locations.reserveCapacity(edges.count)
    for edge in edges {
      offsets[Int(edge.source) + 1] += 1
      targets.append(edge.target)
      relations.append(edge.relations)
      mentions.append(edge.mentions)
      locations.append(PackedLocation(edge.location))
    }
    for i in 0..<nodes.count { offsets[i + 1] += offsets[i] }
    self.init(
      sortedUniqueNodes: nodes, files: files, offsets: offsets, targets: targets, relations: relations,
      mentions: mentions, locations: locations)
  }

  /// Completes a graph from its forward CSR arrays by building the reverse adjacency.
  init(
    sortedUniqueNodes nodes: [Node], files: [String], offsets: [Int32], targets: [NodeID], relations: [RelationSet],
    mentions: [Int32], locations: [PackedLocation]
  ) {
    let n = nodes.count
    var reverseCounts = [Int32](repeating: 0, count: n + 1)
    for target in targets { reverseCounts[Int(target) + 1] += 1 }
    for i in 0..<n { reverseCounts[i + 1] += reverseCounts[i] }
    var reverseSources = [NodeID](repeating: 0, count: targets.count)
    var reverseEdges = [Int32](repeating: 0, count: targets.count)
    var reverseCursor = reverseCounts
    for source in 0..<n {
      for edge in Int(offsets[source])..<Int(offsets[source + 1]) {
        let target = Int(targets[edge])
        let slot = Int(reverseCursor[target])
        reverseSources[slot] = NodeID(source)
        reverseEdges[slot] = Int32(edge)
        reverseCursor[target] += 1
      }
    }
    self.nodes = nodes
    self.files = files
    self.forwardOffsets = offsets
    self.forwardTargets = targets
    self.edgeRelations = relations
    self.edgeMentions = mentions
    self.edgeLocations = locations
    self.reverseOffsets = reverseCounts
    self.reverseSources = reverseSources
    self.reverseEdges = reverseEdges
  }

  /// The number of nodes.
  public var nodeCount: Int { nodes.count }
  /// The number of distinct (citing, cited) pairs.
  public var edgeCount: Int { forwardTargets.count }

  /// The id of `symbol`, or `nil` when the graph does not hold it.
  ///
  /// Nodes are sorted by symbol, so a binary search finds it without a hash index beside them.
  ///
  /// - Complexity: O(log *V*).
  public func id(of symbol: Symbol) -> NodeID? {
    var low = 0
    var high = nodes.count
    while low < high {
      let middle = (low + high) / 2
      if nodes[middle].symbol < symbol { low = middle + 1 } else { high = middle }
    }
    return low < nodes.count && nodes[low].symbol == symbol ? NodeID(low) : nil
  }

  /// The bytes the graph's arrays hold: adjacency both ways, edge attributes and node records
  /// (titles longer than a string's inline storage add their own heap bytes).
  public var storageBytes: Int {
    forwardOffsets.count * 4 + forwardTargets.count * 4 + edgeRelations.count + edgeMentions.count * 4
      + edgeLocations.count * MemoryLayout<PackedLocation>.stride + reverseOffsets.count * 4
      + reverseSources.count * 4 + reverseEdges.count * 4 + nodes.count * MemoryLayout<Node>.stride
  }

  /// The node with the given id.
  public subscript(id: NodeID) -> Node { nodes[Int(id)] }

  /// The edge indices leaving `id`, sorted by target.
  public func outEdges(of id: NodeID) -> Range<Int> {
    Int(forwardOffsets[Int(id)])..<Int(forwardOffsets[Int(id) + 1])
  }

  /// The positions in the reverse adjacency of the edges entering `id`, sorted by source.
  public func inEdgeSlots(of id: NodeID) -> Range<Int> {
    Int(reverseOffsets[Int(id)])..<Int(reverseOffsets[Int(id) + 1])
  }

  /// The documents `id` cites.
  public func successors(of id: NodeID) -> ArraySlice<NodeID> { forwardTargets[outEdges(of: id)] }

  /// The documents that cite `id`.
  public func predecessors(of id: NodeID) -> ArraySlice<NodeID> { reverseSources[inEdgeSlots(of: id)] }

  /// The cited node of edge `edge`.
  public func target(ofEdge edge: Int) -> NodeID { forwardTargets[edge] }

  /// The citing node of the edge at reverse slot `slot`.
  public func source(ofSlot slot: Int) -> NodeID { reverseSources[slot] }

  /// The edge index at reverse slot `slot`.
  public func edge(ofSlot slot: Int) -> Int { Int(reverseEdges[slot]) }

  /// The relations of edge `edge`.
  public func relations(ofEdge edge: Int) -> RelationSet { edgeRelations[edge] }

  /// How many mentions edge `edge` merges.
  public func mentions(ofEdge edge: Int) -> Int { Int(edgeMentions[edge]) }

  /// Where edge `edge` was first mentioned, when known.
  public func location(ofEdge edge: Int) -> MentionLocation? {
    edgeLocations[edge].location
  }

  /// The number of documents `id` cites.
  public func outDegree(of id: NodeID) -> Int { outEdges(of: id).count }

  /// The number of documents that cite `id`.
  public func inDegree(of id: NodeID) -> Int { inEdgeSlots(of: id).count }

  /// The edge from `source` to `target`, if there is one.
  ///
  /// - Complexity: O(log *d*) where *d* is the out-degree of `source`.
  public func edge(from source: NodeID, to target: NodeID) -> Int? {
    var low = Int(forwardOffsets[Int(source)])
    var high = Int(forwardOffsets[Int(source) + 1])
    while low < high {
      let middle = (low + high) / 2
      if forwardTargets[middle] < target { low = middle + 1 } else { high = middle }
    }
    return low < Int(forwardOffsets[Int(source) + 1]) && forwardTargets[low] == target ? low : nil
  }

  /// Every edge, in source then target order.
  public var edgeRecords: [EdgeRecord] {
    var records: [EdgeRecord] = []
    records.reserveCapacity(edgeCount)
    for source in 0..<NodeID(nodeCount) {
      for edge in outEdges(of: source) {
        records.append(
          EdgeRecord(
            source: source, target: forwardTargets[edge], relations: edgeRelations[edge],
            mentions: edgeMentions[edge], location: location(ofEdge: edge)))
      }
    }
    return records
  }
}
