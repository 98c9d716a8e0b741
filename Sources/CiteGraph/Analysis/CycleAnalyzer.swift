/// Finds where the citation record is circular or out of time: citation circles (strongly connected
/// components), self-citations, elementary cycles and citations of documents adopted later than the
/// citing one.
///
/// Edges go from the citing to the cited document; every finding carries the edges that make it, so
/// that their mention locations (``CitationGraph/location(ofEdge:)``) can be shown.
public struct CycleAnalyzer: Sendable {
  /// The graph analysed.
  public let graph: CitationGraph

  /// An analyser of `graph`.
  public init(graph: CitationGraph) {
    self.graph = graph
  }

  /// An elementary cycle: distinct documents each citing the next, the last citing the first.
  public struct Cycle: Hashable, Sendable {
    /// The documents, starting from the one with the smallest id.
    public var nodes: [CitationGraph.NodeID]
    /// The edges, `edges[i]` from `nodes[i]` to `nodes[(i + 1) % nodes.count]`.
    public var edges: [Int]
  }

  /// The cycles an enumeration found, and whether it stopped at its limit before finding them all.
  public struct CycleSearch: Sendable {
    /// The cycles, shortest first, then by their documents' ids.
    public var cycles: [Cycle]
    /// Whether the enumeration stopped at `maxCycles` (more cycles exist).
    public var truncated: Bool
  }

  /// A citation of a document dated after (or on the same day as) the citing one.
  public struct TemporalAnomaly: Hashable, Sendable {
    /// The edge, from the citing to the cited document.
    public var edge: Int
    /// The citing document.
    public var citing: CitationGraph.NodeID
    /// The cited document.
    public var cited: CitationGraph.NodeID
    /// The citing document's date.
    public var citingDate: CalendarDate
    /// The cited document's date, after or equal to `citingDate`.
    public var citedDate: CalendarDate
  }

  /// Citations that run against time, split by whether the cited document is strictly later.
  public struct TemporalAnomalies: Sendable {
    /// Citations of a document adopted after the citing one: an error in the text, the resolver or the
    /// dates.
    public var later: [TemporalAnomaly]
    /// Citations of a document adopted on the same day: possible (one meeting adopts both), reported apart.
    public var sameDay: [TemporalAnomaly]
  }

  /// The strongly connected components of the graph.
  ///
  /// - Complexity: O(*V* + *E*); see ``StronglyConnectedComponents/init(graph:)``.
  public func stronglyConnectedComponents() -> StronglyConnectedComponents {
    StronglyConnectedComponents(graph: graph)
  }

  /// The edges whose citing and cited document are one, in edge order.
  ///
  /// - Complexity: O(*V* + *E*).
  public func selfCitations() -> [Int] {
    var edges: [Int] = []
    for node in 0..<CitationGraph.NodeID(graph.nodeCount) {
      for edge in graph.outEdges(of: node) where graph.forwardTargets[edge] == node { edges.append(edge) }
    }
    return edges
  }

  /// Citations whose cited document is dated on or after the citing one, where both dates are known;
  /// self-citations are left to ``selfCitations()``.
  ///
  /// - Complexity: O(*V* + *E*).
  public func temporalAnomalies() -> TemporalAnomalies {
    var result = TemporalAnomalies(later: [], sameDay: [])
    for citing in 0..<CitationGraph.NodeID(graph.nodeCount) {
      guard let citingDate = graph.nodes[Int(citing)].date else { continue }
      for edge in graph.outEdges(of: citing) {
        let cited = graph.forwardTargets[edge]
        guard cited != citing, let citedDate = graph.nodes[Int(cited)].date, citedDate >= citingDate else { continue }
        let anomaly = TemporalAnomaly(
          edge: edge, citing: citing, cited: cited, citingDate: citingDate, citedDate: citedDate)
        if citedDate == citingDate { result.sameDay.append(anomaly) } else { result.later.append(anomaly) }
      }
    }
    return result
  }
}
