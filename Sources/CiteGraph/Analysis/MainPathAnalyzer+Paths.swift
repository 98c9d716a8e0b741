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
    var selected = Set(heaviest(originArcs))
    extend(from: selected.map { Int(arcSources[$0]) }, citing: true, into: &selected)
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
    guard count > 0, !weights.isEmpty else { return network([]) }
    let descending = weights.sorted(by: >)
    let threshold = descending[min(count, descending.count) - 1]
    let keys = weights.indices.filter { weights[$0] >= threshold }
    var selected = Set(keys)
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
    var start: Int?
    for c in 0..<components.count {
      for arc in Int(arcOffsets[c])..<Int(arcOffsets[c + 1]) {
        depth[c] = max(depth[c], depth[Int(arcTargets[arc])] + 1)
      }
      if depth[c] > 0 && start.map({ depth[c] > depth[$0] || (depth[c] == depth[$0] && first(c) < first($0)) }) ?? true
      {
        start = c
      }
    }
    guard var component = start else { return network([]) }
    var arcs: Set<Int> = []
    while depth[component] > 0 {
      let level = depth[component] - 1
      let candidates = (Int(arcOffsets[component])..<Int(arcOffsets[component + 1])).filter {
        depth[Int(arcTargets[$0])] == level
      }
      guard
        let arc = heaviest(candidates).min(by: { first(Int(arcTargets[$0])) < first(Int(arcTargets[$1])) })
      else { break }
      arcs.insert(arc)
      component = Int(arcTargets[arc])
    }
    return network(arcs)
  }

  /// Follows the heaviest arcs, ties included, from `starts`: citing arcs (towards latest documents)
  /// when `citing`, else cited arcs (towards origins); adds them to `selected`.
  private func extend(from starts: [Int], citing: Bool, into selected: inout Set<Int>) {
    var expanded = Set<Int>()
    var frontier = starts
    while let component = frontier.popLast() {
      guard expanded.insert(component).inserted else { continue }
      let arcs =
        citing
        ? (Int(inArcOffsets[component])..<Int(inArcOffsets[component + 1])).map { Int(inArcs[$0]) }
        : Array(Int(arcOffsets[component])..<Int(arcOffsets[component + 1]))
      for arc in heaviest(arcs) {
        selected.insert(arc)
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

  /// The network of the arcs `arcs`, steps in ascending component order, which is oldest first.
  private func network(_ arcs: Set<Int>) -> PathNetwork {
    var stepComponents = Set<Int>()
    for arc in arcs {
      stepComponents.insert(Int(arcSources[arc]))
      stepComponents.insert(Int(arcTargets[arc]))
    }
    let ordered = stepComponents.sorted()
    var stepOf: [Int: Int] = [:]
    for (index, component) in ordered.enumerated() { stepOf[component] = index }
    let links = arcs.map { arc in
      Link(
        citing: stepOf[Int(arcSources[arc])] ?? 0, cited: stepOf[Int(arcTargets[arc])] ?? 0, edge: arcEdges[arc],
        weight: weights[arc])
    }
    return PathNetwork(
      steps: ordered.map { Array(components.members(of: $0)) },
      links: links.sorted { ($0.cited, $0.citing) < ($1.cited, $1.citing) })
  }
}
