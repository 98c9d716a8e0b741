import Foundation

/// Why a lineage map could not be drawn.
public enum RenderError: Error, Equatable, LocalizedError {
  case graphvizUnavailable
  case invalidDot
  case layoutFailed(engine: String)
  case renderFailed(format: String)
  /// The map is larger than `engine` lays out in reasonable time (see ``LayoutEngine/limits``).
  case tooLarge(nodes: Int, edges: Int, engine: LayoutEngine)

  public var errorDescription: String? {
    switch self {
    case .graphvizUnavailable: "graphviz could not start a context; is libgraphviz installed?"
    case .invalidDot: "graphviz could not parse the generated graph"
    case .layoutFailed(let engine):
      "graphviz could not lay out the graph with '\(engine)'; run 'dot -c' as root if no layouts are listed"
    case .renderFailed(let format): "graphviz could not render '\(format)'"
    case .tooLarge(let nodes, let edges, let engine):
      "the map has \(nodes) documents and \(edges) citations, more than '\(engine.rawValue)' lays out in reasonable "
        + "time (\(engine.limits.nodes) documents, \(engine.limits.edges) citations); narrow it with --depth or "
        + "--relation, drop implied citations with --reduce, use --engine sfdp for large maps, or insist with --force"
    }
  }
}
