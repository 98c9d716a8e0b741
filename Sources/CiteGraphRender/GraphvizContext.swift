import CGraphviz
import Foundation

/// The one place that calls Graphviz: a reused `gvContext`, with every call serialized.
///
/// Graphviz keeps global state and is not thread-safe, not even for reads, so all work goes
/// through ``render(dot:engine:format:)`` under one lock. Engines and formats are checked against
/// the installed plugins before Graphviz sees them: its own failure paths for an unknown layout or
/// device leak the job they allocated (Graphviz 2.42), and a library must not leak per call.
/// Graphviz's messages are kept off standard error, which belongs to the program using the library;
/// failures surface as ``RenderError``s instead.
final class GraphvizContext: @unchecked Sendable {
  static let shared = GraphvizContext()

  private let lock = NSLockLike()
  private let context: OpaquePointer?
  private let layouts: Set<String>
  private let devices: Set<String>

  private init() {
    _ = agseterrf { _ in 0 }
    context = gvContext()
    layouts = Self.plugins(of: "layout", in: context)
    devices = Self.plugins(of: "device", in: context)
  }

  /// The names of the installed plugins of `kind` (`layout`, `device`), without renderer suffixes.
  private static func plugins(of kind: String, in context: OpaquePointer?) -> Set<String> {
    guard let context else { return [] }
    var count: Int32 = 0
    guard let list = gvPluginList(context, kind, &count, nil) else { return [] }
    defer { free(list) }
    var names = Set<String>()
    for index in 0..<Int(count) {
      guard let name = list[index] else { continue }
      names.insert(String(cString: name))
      free(name)
    }
    return names
  }

  /// Parses `dot`, lays it out with `engine` and renders it as `format` (`svg`, `png`, `pdf`, …).
  func render(dot: String, engine: String, format: String) throws(RenderError) -> [UInt8] {
    try lock.withLock { () throws(RenderError) -> [UInt8] in
      guard let context else { throw RenderError.graphvizUnavailable }
      guard layouts.contains(engine) else { throw RenderError.layoutFailed(engine: engine) }
      let device = format.split(separator: ":", maxSplits: 1).first.map(String.init) ?? format
      guard devices.contains(device) else { throw RenderError.renderFailed(format: format) }
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
