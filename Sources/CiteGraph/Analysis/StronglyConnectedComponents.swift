/// The strongly connected components of a citation graph, or of a set of its nodes: the groups of
/// documents that cite one another in a circle.
///
/// Components are numbered in reverse topological order of the condensation: when an edge leads from
/// a node of component *a* to a node of another component *b*, then *a* > *b*. Since edges go from the
/// citing to the cited document, component 0 holds documents that cite nothing outside it, and the
/// highest-numbered component is cited by nothing outside it.
public struct StronglyConnectedComponents: Sendable {
  /// The nodes analysed, in ascending id order.
  public let nodes: [CitationGraph.NodeID]
  /// The component of `nodes[i]`, by the position `i`.
  public let componentOfPosition: [Int32]
  /// The number of components.
  public let count: Int
  let memberOffsets: [Int32]
  let memberNodes: [CitationGraph.NodeID]
  let positionOfNode: [Int32]

  /// The components of the whole graph.
  ///
  /// Follows the iterative, space-efficient variant of Tarjan's algorithm by Pearce ("A space-efficient
  /// algorithm for finding strongly connected components", Information Processing Letters 116, 2016):
  /// one rank per node, an explicit call stack, no recursion, so a chain of a million citations is
  /// handled like any other graph.
  ///
  /// - Complexity: O(*V* + *E*) time, O(*V*) extra space.
  public init(graph: CitationGraph) {
    let all = Array(0..<CitationGraph.NodeID(graph.nodeCount))
    self.init(graph: graph, nodes: all, positions: all)
  }

  /// The components of the subgraph induced by `nodes` (any order; duplicates ignored).
  ///
  /// - Complexity: O(*V* + *E'*) time, where *E'* counts the edges leaving `nodes`: the position map is
  ///   one array over the whole graph.
  public init(graph: CitationGraph, nodes: some Sequence<CitationGraph.NodeID>) {
    var positions = [Int32](repeating: -1, count: graph.nodeCount)
    var kept: [CitationGraph.NodeID] = []
    for node in nodes where positions[Int(node)] < 0 {
      positions[Int(node)] = 0
      kept.append(node)
    }
    kept.sort()
    for (position, node) in kept.enumerated() { positions[Int(node)] = Int32(position) }
    self.init(graph: graph, nodes: kept, positions: positions)
  }

  /// The components of the nodes `nodes` (ascending), where `positions[v]` is `v`'s index in `nodes`
  /// or -1 for nodes left out.
  init(graph: CitationGraph, nodes: [CitationGraph.NodeID], positions: [Int32]) {
    let component = positions.withUnsafeBufferPointer { Self.pearce(graph: graph, nodes: nodes, positions: $0) }
    let count = component.count
    var offsets = [Int32](repeating: 0, count: count + 1)
    for c in component.ranks { offsets[Int(c) + 1] += 1 }
    for c in 0..<count { offsets[c + 1] += offsets[c] }
    var cursor = offsets
    var members = [CitationGraph.NodeID](repeating: 0, count: nodes.count)
    for (position, c) in component.ranks.enumerated() {
      members[Int(cursor[Int(c)])] = nodes[position]
      cursor[Int(c)] += 1
    }
    self.nodes = nodes
    self.componentOfPosition = component.ranks
    self.count = count
    self.memberOffsets = offsets
    self.memberNodes = members
    self.positionOfNode = positions
  }

  /// The component of `node`, or `nil` when `node` was not analysed.
  public func component(of node: CitationGraph.NodeID) -> Int? {
    let position = positionOfNode[Int(node)]
    return position < 0 ? nil : Int(componentOfPosition[Int(position)])
  }

  /// The members of component `component`, in ascending id order.
  public func members(of component: Int) -> ArraySlice<CitationGraph.NodeID> {
    memberNodes[Int(memberOffsets[component])..<Int(memberOffsets[component + 1])]
  }

  /// The components with more than one member (citation circles), each in ascending id order, ordered
  /// by their first member.
  public var circles: [[CitationGraph.NodeID]] {
    (0..<count).filter { memberOffsets[$0 + 1] - memberOffsets[$0] > 1 }.map { Array(members(of: $0)) }
      .sorted { $0[0] < $1[0] }
  }

  /// Pearce's PEA_FIND_SCC2 made iterative: `rank` holds the visiting order while a node is open, and
  /// the component number (counted down from the top) once it is assigned, so that a finished
  /// component never lowers the rank of an open node.
  ///
  /// - Complexity: O(*m* + *E'*) for the *m* nodes given and the *E'* edges leaving them.
  static func pearce(
    graph: CitationGraph, nodes: [CitationGraph.NodeID], positions: UnsafeBufferPointer<Int32>
  ) -> (ranks: [Int32], count: Int) {
    let m = nodes.count
    guard m > 0 else { return ([], 0) }
    // Fixed-size scratch: the call stack and the open stack each hold at most `m` nodes.
    let rank = UnsafeMutableBufferPointer<Int32>.allocate(capacity: m)
    let isRoot = UnsafeMutableBufferPointer<Bool>.allocate(capacity: m)
    let callNodes = UnsafeMutableBufferPointer<Int32>.allocate(capacity: m)
    let callCursors = UnsafeMutableBufferPointer<Int>.allocate(capacity: m)
    let open = UnsafeMutableBufferPointer<Int32>.allocate(capacity: m)
    defer {
      rank.deallocate()
      isRoot.deallocate()
      callNodes.deallocate()
      callCursors.deallocate()
      open.deallocate()
    }
    rank.initialize(repeating: 0)
    isRoot.initialize(repeating: false)
    var depth = 0
    var openCount = 0
    var nextIndex: Int32 = 1
    var nextComponent = Int32(m - 1)
    graph.forwardOffsets.withUnsafeBufferPointer { offsets in
      graph.forwardTargets.withUnsafeBufferPointer { targets in
        nodes.withUnsafeBufferPointer { nodes in
          for start in 0..<m where rank[start] == 0 {
            rank[start] = nextIndex
            nextIndex += 1
            isRoot[start] = true
            callNodes[0] = Int32(start)
            callCursors[0] = Int(offsets[Int(nodes[start])])
            depth = 1
            while depth > 0 {
              let v = Int(callNodes[depth - 1])
              var edge = callCursors[depth - 1]
              let end = Int(offsets[Int(nodes[v]) + 1])
              var descended = false
              while edge < end {
                let w = Int(positions[Int(targets[edge])])
                if w >= 0 {
                  if rank[w] == 0 {
                    // Leave the cursor on this edge: when `w` returns, the edge is finished below.
                    callCursors[depth - 1] = edge
                    rank[w] = nextIndex
                    nextIndex += 1
                    isRoot[w] = true
                    callNodes[depth] = Int32(w)
                    callCursors[depth] = Int(offsets[Int(nodes[w])])
                    depth += 1
                    descended = true
                    break
                  }
                  if rank[w] < rank[v] {
                    rank[v] = rank[w]
                    isRoot[v] = false
                  }
                }
                edge += 1
              }
              if descended { continue }
              depth -= 1
              if isRoot[v] {
                nextIndex -= 1
                while openCount > 0 && rank[v] <= rank[Int(open[openCount - 1])] {
                  openCount -= 1
                  rank[Int(open[openCount])] = nextComponent
                  nextIndex -= 1
                }
                rank[v] = nextComponent
                nextComponent -= 1
              } else {
                open[openCount] = Int32(v)
                openCount += 1
              }
            }
          }
        }
      }
    }
    // Components were numbered down from m - 1 in the order they closed; renumber them up from zero
    // so that the first closed (one citing nothing outside itself) is component 0.
    let count = Int(Int32(m - 1) - nextComponent)
    return (rank.map { Int32(m - 1) - $0 }, count)
  }
}
