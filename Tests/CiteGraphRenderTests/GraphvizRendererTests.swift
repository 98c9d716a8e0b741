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
}
