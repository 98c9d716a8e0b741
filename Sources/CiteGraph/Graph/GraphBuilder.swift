/// Turns resolved documents into a citation graph, with dates and titles from a registry.
///
/// Every document whose identity is known becomes a node with `hasText`, dated and titled from its
/// own text, else from the registry; every cited document becomes a node titled from the registry and
/// dated, in this order of trust, by its own text, the registry's exact date, the date the citing texts
/// write with it ("64/222 of 21 December 2009": the most frequent, the earliest on a tie), or the
/// registry's approximate date. Each mention becomes an edge from the citing document to the cited one, under the
/// mention's relation; the graph merges the mentions of one pair (relations united, mentions counted,
/// the first location kept). A document citing its own symbol (page headers and footers repeat it)
/// gets no edge to itself.
public struct GraphBuilder: Sendable {
  /// Where dates and titles come from when the texts do not give them.
  public var registry: Registry

  public init(registry: Registry = Registry()) {
    self.registry = registry
  }

  /// The graph of `documents`.
  ///
  /// - Complexity: O(*M* + *V* log *V* + *E* log *d*) for *M* mentions (see ``CitationGraph/init(nodes:edges:files:)``).
  public func build(_ documents: [ResolvedDocument]) -> CitationGraph {
    let files = Array(Set(documents.map(\.file))).sorted()
    var fileIndex: [String: Int32] = [:]
    for (index, file) in files.enumerated() { fileIndex[file] = Int32(index) }
    var nodes: [CitationGraph.Node] = []
    var ids: [Symbol: Int32] = [:]
    func id(of symbol: Symbol) -> Int32 {
      if let known = ids[symbol] { return known }
      let entry = registry.entry(for: symbol)
      let id = Int32(nodes.count)
      nodes.append(CitationGraph.Node(symbol: symbol, date: entry?.date, title: entry?.title))
      ids[symbol] = id
      return id
    }
    var edges: [CitationGraph.EdgeRecord] = []
    edges.reserveCapacity(documents.reduce(0) { $0 + $1.references.count })
    var writtenDates: [Int32: [CalendarDate: Int]] = [:]
    var datedByText = Set<Int32>()
    for document in documents {
      if let symbol = document.identity.symbol {
        let node = id(of: symbol)
        nodes[Int(node)].hasText = true
        if let date = document.identity.date {
          nodes[Int(node)].date = date
          datedByText.insert(node)
        }
        if let title = document.identity.title, !title.isEmpty { nodes[Int(node)].title = title }
      }
      let file = fileIndex[document.file] ?? -1
      for reference in document.references {
        guard let source = reference.source ?? document.identity.symbol, source != reference.target else { continue }
        let target = id(of: reference.target)
        if let date = reference.date { writtenDates[target, default: [:]][date, default: 0] += 1 }
        edges.append(
          CitationGraph.EdgeRecord(
            source: id(of: source), target: target, relations: RelationSet(reference.relation),
            mentions: 1,
            location: CitationGraph.MentionLocation(
              file: file, line: Int32(clamping: reference.location.line),
              column: Int32(clamping: reference.location.column))))
      }
    }
    for (node, counts) in writtenDates where !datedByText.contains(node) {
      let entry = registry.entry(for: nodes[Int(node)].symbol)
      guard entry?.date == nil || entry?.dateIsApproximate == true,
        let best = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })
      else { continue }
      nodes[Int(node)].date = best.key
    }
    return CitationGraph(nodes: nodes, edges: edges, files: files)
  }
}
