import Foundation

/// Why a lineage map could not be drawn.
public enum RenderError: Error, Equatable, LocalizedError {
  case graphvizUnavailable
  case invalidDot
  case layoutFailed(engine: String)
  case renderFailed(format: String)

  public var errorDescription: String? {
    switch self {
    case .graphvizUnavailable: "graphviz could not start a context; is libgraphviz installed?"
    case .invalidDot: "graphviz could not parse the generated graph"
    case .layoutFailed(let engine):
      "graphviz could not lay out the graph with '\(engine)'; run 'dot -c' as root if no layouts are listed"
    case .renderFailed(let format): "graphviz could not render '\(format)'"
    }
  }
}
