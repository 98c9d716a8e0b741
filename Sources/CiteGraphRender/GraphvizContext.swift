import CGraphviz

/// The one place that calls Graphviz: a reused `gvContext`, with every call serialized.
///
/// Graphviz keeps global state and is not thread-safe, not even for reads, so all work goes
/// through ``render(dot:engine:format:)`` under one lock.
final class GraphvizContext: @unchecked Sendable {
  static let shared = GraphvizContext()

  private let lock = NSLockLike()
  private let context: OpaquePointer?

  private init() {
    context = gvContext()
  }

  /// Parses `dot`, lays it out with `engine` and renders it as `format` (`svg`, `png`, `pdf`, …).
  func render(dot: String, engine: String, format: String) throws(RenderError) -> [UInt8] {
    try lock.withLock { () throws(RenderError) -> [UInt8] in
      guard let context else { throw RenderError.graphvizUnavailable }
      guard let graph = dot.withCString({ agmemread($0) }) else { throw RenderError.invalidDot }
      defer { agclose(graph) }
      guard gvLayout(context, graph, engine) == 0 else { throw RenderError.layoutFailed(engine: engine) }
      defer { gvFreeLayout(context, graph) }
      var buffer: UnsafeMutablePointer<CChar>? = nil
      var length = 0
      guard citegraph_render_data(context, graph, format, &buffer, &length) == 0, let buffer else {
        throw RenderError.renderFailed(format: format)
      }
      defer { gvFreeRenderData(buffer) }
      return buffer.withMemoryRebound(to: UInt8.self, capacity: length) {
        Array(UnsafeBufferPointer(start: $0, count: length))
      }
    }
  }
}
