extension MainPathAnalyzer {
  /// The main path by forward local search: the heaviest arcs that reach an origin, then at each step
  /// the heaviest citing arcs, until latest documents. Where arcs tie, all of them are followed, so the
  /// result can branch.
  ///
  /// Follows the "priority first" search of Hummon and Doreian (1989), in the forward local form named
  /// by Verspagen ("Mapping technological trajectories as patent citation networks", Advances in
  /// Complex Systems 10, 2007), with ties kept as Liu and Lu (2012) do.
  ///
  /// - Complexity: O(*V* + *E*).
  public func mainPath() -> PathNetwork {
    var originArcs: [Int] = []
    for origin in 0..<components.count where arcOffsets[origin] == arcOffsets[origin + 1] {
      for slot in Int(inArcOffsets[origin])..<Int(inArcOffsets[origin + 1]) { originArcs.append(Int(inArcs[slot])) }
    }
    var selected = [Bool](repeating: false, count: arcCount)
    let starts = heaviest(originArcs)
    for arc in starts { selected[arc] = true }
    extend(from: starts.map { Int(arcSources[$0]) }, citing: true, into: &selected)
    return network(selected)
  }

  /// The key-route main path: the arcs of the `count` highest weights (with every arc tying the last of
  /// them), each extended by local search both ways — down the heaviest cited arcs to origins and up the
  /// heaviest citing arcs to latest documents, ties followed — and the results united.
  ///
  /// Follows Liu and Lu ("An integrated approach for main path analysis: development of the Hirsch
  /// index as an example", Journal of the American Society for Information Science and Technology
  /// 63(3), 2012), key-route search with local extension.
  ///
  /// - Complexity: O(*E* log *E* + *k* (*V* + *E*)) for *k* key routes.
  public func keyRouteMainPath(count: Int = 1) -> PathNetwork {
    var selected = [Bool](repeating: false, count: arcCount)
    guard count > 0, !weights.isEmpty else { return network(selected) }
    let descending = weights.sorted(by: >)
    let threshold = descending[min(count, descending.count) - 1]
    let keys = weights.indices.filter { weights[$0] >= threshold }
    for arc in keys { selected[arc] = true }
    extend(from: keys.map { Int(arcTargets[$0]) }, citing: false, into: &selected)
    extend(from: keys.map { Int(arcSources[$0]) }, citing: true, into: &selected)
    return network(selected)
  }

  /// A longest chain of citations, counted in steps after condensation. Among equally long
  /// continuations the heaviest arc is taken, then the step whose first document has the lowest id, so
  /// one chain is returned.
  ///
  /// The longest path of a directed acyclic graph by dynamic programming over a topological order, the
  /// lineage CitNetExplorer (van Eck and Waltman, Journal of Informetrics 8(4), 2014) draws.
  ///
  /// - Complexity: O(*V* + *E*).
  public func longestPath() -> PathNetwork {
    var depth = [Int32](repeating: 0, count: components.count)
    var arcs = [Bool](repeating: false, count: arcCount)
    var start = -1
    for c in 0..<components.count {
      var longest: Int32 = 0
      for arc in Int(arcOffsets[c])..<Int(arcOffsets[c + 1]) { longest = max(longest, depth[Int(arcTargets[arc])] + 1) }
      depth[c] = longest
      if longest > 0 && (start < 0 || longest > depth[start] || (longest == depth[start] && first(c) < first(start))) {
        start = c
      }
    }
    var component = start
    while component >= 0 && depth[component] > 0 {
      let level = depth[component] - 1
      var best = -1
      for arc in Int(arcOffsets[component])..<Int(arcOffsets[component + 1]) where depth[Int(arcTargets[arc])] == level
      {
        if best < 0 || weights[arc] > weights[best]
          || (weights[arc] == weights[best] && first(Int(arcTargets[arc])) < first(Int(arcTargets[best])))
        {
          best = arc
        }
      }
      arcs[best] = true
      component = Int(arcTargets[best])
    }
    return network(arcs)
  }

  /// Follows the heaviest arcs, ties included, from `starts`: citing arcs (towards latest documents)
  /// when `citing`, else cited arcs (towards origins); marks them in `selected`.
  private func extend(from starts: [Int], citing: Bool, into selected: inout [Bool]) {
    var expanded = [Bool](repeating: false, count: components.count)
    var frontier = starts
    while let component = frontier.popLast() {
      guard !expanded[component] else { continue }
      expanded[component] = true
      let slots =
        citing
        ? Int(inArcOffsets[component])..<Int(inArcOffsets[component + 1])
        : Int(arcOffsets[component])..<Int(arcOffsets[component + 1])
      var top = -Double.infinity
      for slot in slots { top = max(top, weights[citing ? Int(inArcs[slot]) : slot]) }
      for slot in slots {
        let arc = citing ? Int(inArcs[slot]) : slot
        guard weights[arc] == top else { continue }
        selected[arc] = true
        frontier.append(Int(citing ? arcSources[arc] : arcTargets[arc]))
      }
    }
  }

  /// The arcs of `arcs` with the highest weight.
  private func heaviest(_ arcs: [Int]) -> [Int] {
    guard let top = arcs.map({ weights[$0] }).max() else { return [] }
    return arcs.filter { weights[$0] == top }
  }

  /// The lowest node id of component `component`.
  private func first(_ component: Int) -> CitationGraph.NodeID {
    components.memberNodes[Int(components.memberOffsets[component])]
  }

  /// The network of the arcs marked in `selected`, steps in ascending component order, which is oldest
  /// first.
  private func network(_ selected: [Bool]) -> PathNetwork {
    var stepOf = [Int32](repeating: -1, count: components.count)
    for arc in selected.indices where selected[arc] {
      stepOf[Int(arcSources[arc])] = 0
      stepOf[Int(arcTargets[arc])] = 0
    }
    var steps: [[CitationGraph.NodeID]] = []
    for component in stepOf.indices where stepOf[component] == 0 {
      stepOf[component] = Int32(steps.count)
      steps.append(Array(components.members(of: component)))
    }
    // In-arcs are stored by ascending citing component, so this order is (cited, citing) already.
    var links: [Link] = []
    for component in stepOf.indices where stepOf[component] >= 0 {
      for slot in Int(inArcOffsets[component])..<Int(inArcOffsets[component + 1]) where selected[Int(inArcs[slot])] {
        let arc = Int(inArcs[slot])
        links.append(
          Link(
            citing: Int(stepOf[Int(arcSources[arc])]), cited: Int(stepOf[component]), edge: arcEdges[arc],
            weight: weights[arc]))
      }
    }
    return PathNetwork(steps: steps, links: links)
  }
}
