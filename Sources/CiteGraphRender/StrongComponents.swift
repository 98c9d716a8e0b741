import CiteGraph

/// The strongly connected components of a citation graph, by Tarjan's algorithm ("Depth-first
/// search and linear graph algorithms", SIAM J. Comput. 1(2), 1972), run with an explicit stack so
/// long citation chains cannot overflow the call stack.
///
/// Components are numbered in the order the algorithm completes them, which is a reverse
/// topological order of the condensation: an edge between two components always points to the
/// smaller number.
///
/// - Complexity: O(*V* + *E*) time and O(*V*) memory.
struct StrongComponents {
  /// The component of every node.
  let componentOf: [Int32]
  /// The number of components.
  let count: Int

  init(_ graph: CitationGraph) {
    let n = graph.nodeCount
    var index = [Int32](repeating: -1, count: n)
    var lowLink = [Int32](repeating: 0, count: n)
    var onStack = [Bool](repeating: false, count: n)
    var component = [Int32](repeating: -1, count: n)
    var stack: [Int32] = []
    var frames: [(node: Int32, next: Int)] = []
    var counter: Int32 = 0
    var components: Int32 = 0
    for root in 0..<Int32(n) where index[Int(root)] < 0 {
      index[Int(root)] = counter
      lowLink[Int(root)] = counter
      counter += 1
      stack.append(root)
      onStack[Int(root)] = true
      frames.append((root, graph.outEdges(of: root).lowerBound))
      while let frame = frames.last {
        let node = Int(frame.node)
        let edges = graph.outEdges(of: frame.node)
        if frame.next < edges.upperBound {
          frames[frames.count - 1].next += 1
          let target = graph.target(ofEdge: frame.next)
          if index[Int(target)] < 0 {
            index[Int(target)] = counter
            lowLink[Int(target)] = counter
            counter += 1
            stack.append(target)
            onStack[Int(target)] = true
            frames.append((target, graph.outEdges(of: target).lowerBound))
          } else if onStack[Int(target)] {
            lowLink[node] = min(lowLink[node], index[Int(target)])
          }
          continue
        }
        frames.removeLast()
        if let parent = frames.last {
          lowLink[Int(parent.node)] = min(lowLink[Int(parent.node)], lowLink[node])
        }
        if lowLink[node] == index[node] {
          while let member = stack.popLast() {
            onStack[Int(member)] = false
            component[Int(member)] = components
            if Int(member) == node { break }
          }
          components += 1
        }
      }
    }
    componentOf = component
    count = Int(components)
  }
}
