import CiteGraphRender
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite("Graphviz renderer")
struct GraphvizRendererTests {
  @Test("a small graph lays out with dot and renders as SVG that holds its labels")
  func svg() throws {
    let dot = #"digraph { a [label="A/RES/71/244"]; b [label="A/RES/64/222"]; a -> b; }"#
    let bytes = try GraphvizRenderer().render(dot: dot, engine: "dot", format: "svg")
    let document = try XMLDocument(data: Data(bytes))
    let texts = try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
    #expect(texts.contains("A/RES/71/244"))
    #expect(texts.contains("A/RES/64/222"))
  }

  @Test("malformed DOT is reported, not crashed on")
  func invalid() {
    #expect(throws: RenderError.invalidDot) {
      try GraphvizRenderer().render(dot: "digraph { a -> ", engine: "dot", format: "svg")
    }
  }

  @Test("an engine or format Graphviz lacks is reported before Graphviz is asked")
  func unknownPlugins() {
    #expect(throws: RenderError.layoutFailed(engine: "no-such-engine")) {
      try GraphvizRenderer().render(dot: "digraph { a -> b }", engine: "no-such-engine", format: "svg")
    }
    #expect(throws: RenderError.renderFailed(format: "no-such-format")) {
      try GraphvizRenderer().render(dot: "digraph { a -> b }", engine: "dot", format: "no-such-format")
    }
  }

  @Test("renders from many tasks at once are serialized and all come out whole")
  func concurrent() async throws {
    // Named: Graphviz numbers anonymous graphs with a process-wide counter (%3, %7, …).
    let dot = #"digraph named { a [label="A/RES/71/244"]; b [label="A/RES/64/222"]; a -> b; }"#
    let expected = try GraphvizRenderer().render(dot: dot, engine: "dot", format: "svg")
    let results = try await withThrowingTaskGroup(of: [UInt8].self) { group in
      for _ in 0..<16 { group.addTask { try GraphvizRenderer().render(dot: dot, engine: "dot", format: "svg") } }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(results.count == 16)
    #expect(results.allSatisfy { $0 == expected })
  }
}
