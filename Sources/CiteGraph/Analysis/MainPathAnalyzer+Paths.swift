extension MainPathAnalyzer {
  /// The main path by forward local search: the arc of highest weight that reaches an origin, then at
  /// each step the citing arc of highest weight, until a latest document. Ties go to the arc found first
  /// (lowest condensed component, then edge order), so one path is returned.
  ///
  /// Follows Hummon and Doreian (1989), in the "forward local" form named by Verspagen ("Mapping
  /// technological trajectories as patent citation networks", Advances in Complex Systems 10, 2007).
  ///
  /// - Complexity: O(*V* + *E*).
  public func mainPath() -> Path {
    var best: Int?
    for origin in 0..<components.count where arcOffsets[origin] == arcOffsets[origin + 1] {
      for slot in Int(inArcOffsets[origin])..<Int(inArcOffsets[origin + 1]) {
        let arc = Int(inArcs[slot])
        if best.map({ weights[arc] > weights[$0] }) ?? true { best = arc }
      }
    }
    guard let first = best else { return Path(steps: [], links: []) }
    return path(arcs: [first] + climb(from: Int(arcSources[first])))
  }

  /// The key-route main paths: for each of the `count` arcs of highest weight (ties by arc order), that
  /// arc extended by local search both ways — down the heaviest cited arcs to an origin and up the
  /// heaviest citing arcs to a latest document.
  ///
  /// Follows Liu and Lu ("An integrated approach for main path analysis: development of the Hirsch
  /// index as an example", Journal of the American Society for Information Science and Technology
  /// 63(3), 2012), key-route search with local extension.
  ///
  /// - Complexity: O(*E* log *E* + *count* (*V* + *E*)).
  public func keyRoutePaths(count: Int = 1) -> [Path] {
    let keys = weights.indices.sorted { weights[$0] != weights[$1] ? weights[$0] > weights[$1] : $0 < $1 }
    return keys.prefix(max(0, count)).map { key in
      var down: [Int] = []
      var component = Int(arcTargets[key])
      while let arc = heaviest(Int(arcOffsets[component])..<Int(arcOffsets[component + 1]), { $0 }) {
        down.append(arc)
        component = Int(arcTargets[arc])
      }
      return path(arcs: down.reversed() + [key] + climb(from: Int(arcSources[key])))
    }
  }

  /// A longest chain of citations (by number of steps, after condensation); among equally long
  /// continuations, the heaviest arc is taken.
  ///
  /// The longest path of a directed acyclic graph by dynamic programming over a topological order, as
  /// CitNetExplorer (van Eck and Waltman, Journal of Informetrics 8(4), 2014) offers it for citation
  /// lineages.
  ///
  /// - Complexity: O(*V* + *E*).
  public func longestPath() -> Path {
    var depth = [Int32](repeating: 0, count: components.count)
    var start: Int?
    for c in 0..<components.count {
      for arc in Int(arcOffsets[c])..<Int(arcOffsets[c + 1]) {
        depth[c] = max(depth[c], depth[Int(arcTargets[arc])] + 1)
      }
      if depth[c] > 0 && start.map({ depth[c] > depth[$0] }) ?? true { start = c }
    }
    guard var component = start else { return Path(steps: [], links: []) }
    var arcs: [Int] = []
    while depth[component] > 0 {
      let level = depth[component] - 1
      let candidates = (Int(arcOffsets[component])..<Int(arcOffsets[component + 1])).filter {
        depth[Int(arcTargets[$0])] == level
      }
      guard let arc = heaviest(candidates, { $0 }) else { break }
      arcs.append(arc)
      component = Int(arcTargets[arc])
    }
    return path(arcs: arcs.reversed())
  }

  /// The arcs from `component` up the heaviest citing arc, step after step, to a latest document.
  private func climb(from component: Int) -> [Int] {
    var arcs: [Int] = []
    var current = component
    while let arc = heaviest(Int(inArcOffsets[current])..<Int(inArcOffsets[current + 1]), { Int(inArcs[$0]) }) {
      arcs.append(arc)
      current = Int(arcSources[arc])
    }
    return arcs
  }

  /// The arc of highest weight among `slots` mapped to arcs by `arc`; the first of equals.
  private func heaviest<S: Sequence<Int>>(_ slots: S, _ arc: (Int) -> Int) -> Int? {
    var best: Int?
    for slot in slots {
      let candidate = arc(slot)
      if best.map({ weights[candidate] > weights[$0] }) ?? true { best = candidate }
    }
    return best
  }

  /// The path along `arcs`, given oldest first (each arc cited by the next one's citing side).
  private func path(arcs: [Int]) -> Path {
    guard let first = arcs.first else { return Path(steps: [], links: []) }
    var steps = [Array(components.members(of: Int(arcTargets[first])))]
    var links: [Link] = []
    for arc in arcs {
      steps.append(Array(components.members(of: Int(arcSources[arc]))))
      links.append(Link(edge: arcEdges[arc], weight: weights[arc]))
    }
    return Path(steps: steps, links: links)
  }
}
