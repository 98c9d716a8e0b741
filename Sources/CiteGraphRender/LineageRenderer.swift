/// Draws a ``LineageMap`` as SVG, PNG, PDF or DOT bytes.
///
/// The same map, engine and format always give the same bytes: the DOT is deterministic, Graphviz's
/// layouts are, and the one timestamp Graphviz embeds (the PDF creation date cairo writes) is
/// replaced by a fixed one.
public struct LineageRenderer: Sendable {
  /// The layout engine.
  public var engine: LayoutEngine
  /// The output format.
  public var format: MapFormat
  /// Whether to lay out maps larger than ``LayoutEngine/limits`` all the same.
  public var force: Bool

  public init(engine: LayoutEngine = .dot, format: MapFormat = .svg, force: Bool = false) {
    self.engine = engine
    self.format = format
    self.force = force
  }

  /// The rendered map.
  ///
  /// - Throws: ``RenderError/tooLarge(nodes:edges:engine:)`` when the map exceeds the engine's
  ///   limits and ``force`` is off; another ``RenderError`` when Graphviz fails.
  public func render(_ map: LineageMap) throws(RenderError) -> [UInt8] {
    let dot = DOTWriter(engine: engine).write(map)
    if format == .dot { return Array(dot.utf8) }
    let limits = engine.limits
    if !force && (map.nodes.count > limits.nodes || map.edges.count > limits.edges) {
      throw RenderError.tooLarge(nodes: map.nodes.count, edges: map.edges.count, engine: engine)
    }
    let bytes = try GraphvizRenderer().render(dot: dot, engine: engine.rawValue, format: format.rawValue)
    return format == .pdf ? ReproduciblePDF.fixingDates(bytes) : bytes
  }
}
