import CiteGraph

/// A lineage map ready to draw: the documents and citations it shows, how each one looks, where
/// it sits in time, and the legend that explains it.
///
/// Build it from the graph to draw (a lineage subgraph, or any filtered graph) and an optional focus
/// document. The map does not compute lineage itself, so any selection of documents can be drawn.
/// Everything is ordered (documents by year then symbol, citations by citing then cited document),
/// so the same graph always gives the same map.
public struct LineageMap: Sendable, Equatable {
  /// A document on the map.
  public struct Node: Sendable, Equatable {
    /// The document.
    public var symbol: Symbol
    /// The short symbol as texts write it (`71/244`, `1325 (2000)`).
    public var label: String
    /// A short form of the title, wrapped into lines.
    public var titleLines: [String]
    /// The full symbol, title and adoption date, for the tooltip.
    public var tooltip: String
    /// The official document (`https://undocs.org/en/A/RES/71/244`).
    public var url: String
    /// The adoption date, when known.
    public var date: CalendarDate?
    /// The year the document is ranked in: its adoption year, or the year its symbol implies.
    public var year: Int?
    /// Whether ``year`` comes from the symbol because the adoption date is unknown.
    public var yearIsEstimated: Bool
    /// Whether this is the document the map is about.
    public var isFocus: Bool
    /// Whether the corpus holds the document's text (else its own citations are unknown).
    public var inCorpus: Bool
    /// How it is drawn.
    public var style: NodeStyle
  }

  /// A citation on the map; parallel citations between the same two documents are one edge.
  public struct Edge: Sendable, Equatable {
    /// The citing document, an index into ``LineageMap/nodes``.
    public var source: Int
    /// The cited document, an index into ``LineageMap/nodes``.
    public var target: Int
    /// Every relation the citing text expresses towards the cited one.
    public var relations: RelationSet
    /// How many mentions the edge merges.
    public var mentions: Int
    /// Who cites whom and how, for the tooltip.
    public var tooltip: String
    /// How it is drawn: as its strongest relation.
    public var style: EdgeStyle
  }

  /// One line of the legend: a sample and what it means.
  public struct Key<Style: Hashable & Sendable>: Sendable, Equatable {
    /// What the sample stands for.
    public var meaning: String
    /// The sample's style.
    public var style: Style
  }

  /// The map's heading.
  public var caption: String
  /// A line under the heading: counts and what the reduction did.
  public var summary: String
  /// The documents, by year (undated last), then adoption date (unknown last), then symbol.
  public var nodes: [Node]
  /// The citations, by citing then cited document.
  public var edges: [Edge]
  /// The index of the focus document, when it is on the map.
  public var focus: Int?
  /// The years that hold a document, ascending.
  public var years: [Int]
  /// What the transitive reduction did, when the map was reduced.
  public var reduction: TransitiveReducer.Summary?
  /// The legend's entries for documents: only the bodies, kinds and markings present.
  public var nodeKeys: [Key<NodeStyle>]
  /// The legend's entries for citations: the relations edges are drawn as.
  public var edgeKeys: [Key<EdgeStyle>]

  /// Builds the map of `graph`, with `focus` standing out when the graph holds it.
  ///
  /// - Parameters:
  ///   - graph: The documents and citations to draw, such as a lineage subgraph.
  ///   - focus: The document the map is about, drawn highlighted; ignored when not in `graph`.
  ///   - caption: The heading; by default "Lineage of" the focus, or "Citation map".
  ///   - reduce: Whether to drop citations implied by longer paths (see ``TransitiveReducer``).
  public init(graph: CitationGraph, focus: Symbol? = nil, caption: String? = nil, reduce: Bool = false) {
    var drawn = graph
    if reduce {
      let result = TransitiveReducer().reduce(graph)
      drawn = result.graph
      reduction = result.summary
    } else {
      reduction = nil
    }
    let focusID = focus.flatMap(drawn.id(of:))
    let years = (0..<drawn.nodeCount).map { MapLabels.year(of: drawn.nodes[$0]) }
    let order = (0..<drawn.nodeCount).sorted { lhs, rhs in
      switch (years[lhs]?.year, years[rhs]?.year) {
      case (let l?, let r?) where l != r: l < r
      case (.some, .none): true
      case (.none, .some): false
      default:
        switch (drawn.nodes[lhs].date, drawn.nodes[rhs].date) {
        case (let l?, let r?) where l != r: l < r
        case (.some, .none): true
        case (.none, .some): false
        default: drawn.nodes[lhs].symbol < drawn.nodes[rhs].symbol
        }
      }
    }
    var position = [Int](repeating: 0, count: drawn.nodeCount)
    for (index, id) in order.enumerated() { position[id] = index }
    nodes = order.map { id in
      let node = drawn.nodes[id]
      let isFocus = CitationGraph.NodeID(id) == focusID
      return Node(
        symbol: node.symbol, label: MapLabels.label(of: node.symbol),
        titleLines: MapLabels.wrappedTitle(of: node), tooltip: MapLabels.tooltip(of: node, year: years[id]),
        url: node.symbol.documentURL, date: node.date, year: years[id]?.year,
        yearIsEstimated: years[id]?.estimated ?? false,
        isFocus: isFocus, inCorpus: node.hasText,
        style: MapPalette.nodeStyle(
          body: node.symbol.body, kind: node.symbol.kind, inCorpus: node.hasText, isFocus: isFocus))
    }
    var edges: [Edge] = []
    for source in 0..<CitationGraph.NodeID(drawn.nodeCount) {
      for edge in drawn.outEdges(of: source) {
        let target = drawn.target(ofEdge: edge)
        let relations = drawn.relations(ofEdge: edge)
        let mentions = drawn.mentions(ofEdge: edge)
        edges.append(
          Edge(
            source: position[Int(source)], target: position[Int(target)], relations: relations,
            mentions: mentions,
            tooltip: MapLabels.tooltip(
              citing: drawn.nodes[Int(source)].symbol, cited: drawn.nodes[Int(target)].symbol,
              relations: relations, mentions: mentions),
            style: MapPalette.edgeStyle(of: MapPalette.primary(of: relations))))
      }
    }
    edges.sort { ($0.source, $0.target) < ($1.source, $1.target) }
    self.edges = edges
    self.focus = focusID.map { position[Int($0)] }
    self.years = Array(Set(nodes.compactMap(\.year))).sorted()
    self.caption = caption ?? focusID.map { "Lineage of \(drawn.nodes[Int($0)].symbol.canonical)" } ?? "Citation map"
    var summary = "\(nodes.count) document\(nodes.count == 1 ? "" : "s"), "
    summary += "\(edges.count) citation\(edges.count == 1 ? "" : "s")"
    if let reduction {
      summary += "; \(reduction.removedEdges) implied by longer paths hidden"
      if reduction.cycles > 0 {
        summary += " (\(reduction.cycles) citation cycle\(reduction.cycles == 1 ? "" : "s") kept whole)"
      }
    }
    self.summary = summary
    nodeKeys = MapLabels.nodeKeys(for: nodes, hasFocus: focusID != nil)
    let drawnRelations = Set(edges.map { MapPalette.primary(of: $0.relations) })
    edgeKeys = MapPalette.strength.filter(drawnRelations.contains)
      .map { Key(meaning: $0.rawValue, style: MapPalette.edgeStyle(of: $0)) }
  }
}
