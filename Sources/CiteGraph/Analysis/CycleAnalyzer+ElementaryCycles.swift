extension CycleAnalyzer {
  /// The elementary cycles of length two or more (self-citations are reported by ``selfCitations()``),
  /// at most `maxCycles` of them and, when `maxLength` is given, of at most `maxLength` documents.
  ///
  /// Follows Johnson ("Finding all the elementary circuits of a directed graph", SIAM Journal on
  /// Computing 4(1), 1975): cycles through the least node of each strongly connected component, then
  /// that node removed and the rest split again into components. With a length bound, Johnson's
  /// blocked flags are replaced by the length locks of Gupta and Suzumura ("Finding all bounded-length
  /// simple cycles in a directed graph", arXiv:2105.10094, 2021), which stay correct when paths are
  /// cut short. Both searches are iterative.
  ///
  /// - Complexity: O((*c* + 1)(*V* + *E*)) for *c* cycles found without a length bound; O((*c* + 1) *k*
  ///   (*V* + *E*)) with a bound *k*.
  public func elementaryCycles(maxCycles: Int = 1000, maxLength: Int? = nil) -> CycleSearch {
    guard (maxLength ?? 2) >= 2 else { return CycleSearch(cycles: [], truncated: false) }
    let maxCycles = max(0, maxCycles)
    // One cycle beyond the limit tells whether the list is complete.
    var search = CircuitSearch(graph: graph, limit: maxCycles + 1, maxLength: maxLength)
    var work = StronglyConnectedComponents(graph: graph).circles.reversed().map { $0 }
    while let component = work.popLast(), search.found.count <= maxCycles {
      search.run(component: component)
      work.append(contentsOf: search.circles(of: component.dropFirst()).reversed())
    }
    var cycles = search.found
    let truncated = cycles.count > maxCycles
    if truncated { cycles.removeLast() }
    cycles.sort {
      $0.nodes.count != $1.nodes.count ? $0.nodes.count < $1.nodes.count : $0.nodes.lexicographicallyPrecedes($1.nodes)
    }
    return CycleSearch(cycles: cycles, truncated: truncated)
  }
}

/// The scratch state of a cycle enumeration: a position map over the whole graph, reused for every
/// component, and the cycles found so far.
private struct CircuitSearch {
  let graph: CitationGraph
  let limit: Int
  let maxLength: Int?
  var positions: [Int32]
  var found: [CycleAnalyzer.Cycle] = []

  init(graph: CitationGraph, limit: Int, maxLength: Int?) {
    self.graph = graph
    self.limit = limit
    self.maxLength = maxLength
    positions = [Int32](repeating: -1, count: graph.nodeCount)
  }

  /// The citation circles among `nodes` (ascending), each ascending.
  mutating func circles(of nodes: ArraySlice<CitationGraph.NodeID>) -> [[CitationGraph.NodeID]] {
    let list = Array(nodes)
    for (position, node) in list.enumerated() { positions[Int(node)] = Int32(position) }
    defer { for node in list { positions[Int(node)] = -1 } }
    let (ranks, count) = positions.withUnsafeBufferPointer {
      StronglyConnectedComponents.pearce(graph: graph, nodes: list, positions: $0)
    }
    var groups = [[CitationGraph.NodeID]](repeating: [], count: count)
    for (position, rank) in ranks.enumerated() { groups[Int(rank)].append(list[position]) }
    return groups.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
  }

  /// Records the cycles through `component[0]` that stay inside `component` (ascending).
  mutating func run(component: [CitationGraph.NodeID]) {
    for (position, node) in component.enumerated() { positions[Int(node)] = Int32(position) }
    defer { for node in component { positions[Int(node)] = -1 } }
    if let maxLength, maxLength < component.count {
      bounded(component: component, bound: Int32(maxLength))
    } else {
      johnson(component: component)
    }
  }

  private mutating func record(component: [CitationGraph.NodeID], path: [Int32], cursors: [Int], closing: Int) {
    var edges = Array(cursors.dropLast())
    edges.append(closing)
    found.append(CycleAnalyzer.Cycle(nodes: path.map { component[Int($0)] }, edges: edges))
  }

  /// Johnson's CIRCUIT from the start node, made iterative: `cursors[i]` is the edge `path[i]` is
  /// following, and `closed[i]` whether a cycle was found below it.
  private mutating func johnson(component: [CitationGraph.NodeID]) {
    let offsets = graph.forwardOffsets
    let targets = graph.forwardTargets
    var blocked = [Bool](repeating: false, count: component.count)
    var blockers = [[Int32]](repeating: [], count: component.count)
    var path: [Int32] = [0]
    var cursors = [Int(offsets[Int(component[0])])]
    var closed = [false]
    var unblock: [Int32] = []
    blocked[0] = true
    while let v = path.last, found.count < limit {
      let top = path.count - 1
      let end = Int(offsets[Int(component[Int(v)]) + 1])
      var edge = cursors[top]
      var descended = false
      while edge < end {
        let w = positions[Int(targets[edge])]
        if w == 0 && path.count > 1 {
          record(component: component, path: path, cursors: cursors, closing: edge)
          closed[top] = true
          if found.count == limit { return }
        } else if w > 0 && !blocked[Int(w)] {
          cursors[top] = edge
          path.append(w)
          cursors.append(Int(offsets[Int(component[Int(w)])]))
          closed.append(false)
          blocked[Int(w)] = true
          descended = true
          break
        }
        edge += 1
        cursors[top] = edge
      }
      if descended { continue }
      path.removeLast()
      cursors.removeLast()
      if closed.removeLast() {
        if !closed.isEmpty { closed[closed.count - 1] = true }
        unblock.append(v)
        while let u = unblock.popLast() {
          guard blocked[Int(u)] else { continue }
          blocked[Int(u)] = false
          unblock.append(contentsOf: blockers[Int(u)])
          blockers[Int(u)].removeAll(keepingCapacity: true)
        }
      } else {
        for edge in graph.outEdges(of: component[Int(v)]) {
          let w = Int(positions[Int(targets[edge])])
          if w >= 0 && !blockers[w].contains(v) { blockers[w].append(v) }
        }
      }
      if !cursors.isEmpty { cursors[cursors.count - 1] += 1 }
    }
  }

  /// The bounded search of Gupta and Suzumura: `lock[w]` is the path length below which `w` may be
  /// entered again, and `reach[i]` the shortest way back to the start found below `path[i]`.
  private mutating func bounded(component: [CitationGraph.NodeID], bound: Int32) {
    let offsets = graph.forwardOffsets
    let targets = graph.forwardTargets
    var lock = [Int32](repeating: bound, count: component.count)
    var onPath = [Bool](repeating: false, count: component.count)
    var blockers = [[Int32]](repeating: [], count: component.count)
    var path: [Int32] = [0]
    var cursors = [Int(offsets[Int(component[0])])]
    var reach = [bound]
    var relax: [(distance: Int32, node: Int32)] = []
    lock[0] = 0
    onPath[0] = true
    while let v = path.last, found.count < limit {
      let top = path.count - 1
      let end = Int(offsets[Int(component[Int(v)]) + 1])
      var edge = cursors[top]
      var descended = false
      while edge < end {
        let w = positions[Int(targets[edge])]
        if w == 0 && path.count > 1 {
          record(component: component, path: path, cursors: cursors, closing: edge)
          reach[top] = 1
          if found.count == limit { return }
        } else if w > 0 && Int32(path.count) < lock[Int(w)] {
          cursors[top] = edge
          path.append(w)
          onPath[Int(w)] = true
          lock[Int(w)] = Int32(path.count)
          reach.append(bound)
          cursors.append(Int(offsets[Int(component[Int(w)])]))
          descended = true
          break
        }
        edge += 1
        cursors[top] = edge
      }
      if descended { continue }
      path.removeLast()
      cursors.removeLast()
      onPath[Int(v)] = false
      let distance = reach.removeLast()
      // Passing the child's distance up unchanged (not one more) keeps the parent's lock loose, which can
      // only allow more exploration, never hide a cycle.
      if !reach.isEmpty { reach[reach.count - 1] = min(reach[reach.count - 1], distance) }
      if distance < bound {
        relax.append((distance, v))
        while let (d, u) = relax.popLast() {
          guard lock[Int(u)] < bound - d + 1 else { continue }
          lock[Int(u)] = bound - d + 1
          for w in blockers[Int(u)] where !onPath[Int(w)] { relax.append((d + 1, w)) }
        }
      } else {
        for edge in graph.outEdges(of: component[Int(v)]) {
          let w = Int(positions[Int(targets[edge])])
          if w >= 0 && !blockers[w].contains(v) { blockers[w].append(v) }
        }
      }
      if !cursors.isEmpty { cursors[cursors.count - 1] += 1 }
    }
  }
}
