/// Renders DOT text through Graphviz's C API, in process.
public struct GraphvizRenderer: Sendable {
  public init() {}

  /// Lays out `dot` with `engine` and returns the rendered bytes in `format`.
  ///
  /// - Throws: ``RenderError`` when Graphviz cannot parse, lay out or render the graph.
  public func render(dot: String, engine: String = "dot", format: String = "svg") throws(RenderError) -> [UInt8] {
    try GraphvizContext.shared.render(dot: dot, engine: engine, format: format)
  }
}
