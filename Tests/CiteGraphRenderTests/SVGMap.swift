import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A rendered SVG map read back as XML, with what a reader of the picture would look for.
struct SVGMap {
  /// A drawn document or citation: Graphviz's `<g class="node|edge">` group.
  struct Item {
    /// The group's `<title>`: the node name (the canonical symbol) or `source->target`.
    var title: String
    /// The text lines drawn inside it, in order.
    var texts: [String]
    /// The tooltip (`xlink:title` of its link).
    var tooltip: String?
    /// The link target (`xlink:href`).
    var link: String?
    /// The `fill` and `stroke` of its first shape, and that shape's `stroke-width`.
    var fill: String?
    var stroke: String?
    var strokeWidth: String?
    /// The vertical position of its first text line (SVG y grows downwards).
    var y: Double?
  }

  let document: XMLDocument

  init(_ bytes: [UInt8]) throws {
    document = try XMLDocument(data: Data(bytes))
  }

  func elements(_ xpath: String) throws -> [XMLElement] {
    try document.nodes(forXPath: xpath).compactMap { $0 as? XMLElement }
  }

  /// An attribute's value, looked up by its qualified name (FoundationXML's `attribute(forName:)`
  /// misses unprefixed attributes of elements in a default namespace).
  static func attribute(_ name: String, of element: XMLElement?) -> String? {
    element?.attributes?.first { $0.name == name }?.stringValue
  }

  /// Every text drawn anywhere, in document order.
  func allTexts() throws -> [String] {
    try elements("//*[local-name()='text']").compactMap(\.stringValue)
  }

  /// The drawn groups of one class (`node` or `edge`), keyed by title.
  func items(_ kind: String) throws -> [String: Item] {
    var items: [String: Item] = [:]
    for group in try elements("//*[local-name()='g'][@class='\(kind)']") {
      let title = try group.nodes(forXPath: "./*[local-name()='title']").first?.stringValue ?? ""
      let texts = try group.nodes(forXPath: ".//*[local-name()='text']").compactMap(\.stringValue)
      let anchor = try group.nodes(forXPath: ".//*[local-name()='a']").first as? XMLElement
      let shape =
        try group.nodes(forXPath: ".//*[local-name()='polygon' or local-name()='path' or local-name()='ellipse']")
        .first as? XMLElement
      let firstText = try group.nodes(forXPath: ".//*[local-name()='text']").first as? XMLElement
      items[title] = Item(
        title: title, texts: texts, tooltip: Self.attribute("xlink:title", of: anchor),
        link: Self.attribute("xlink:href", of: anchor), fill: Self.attribute("fill", of: shape),
        stroke: Self.attribute("stroke", of: shape), strokeWidth: Self.attribute("stroke-width", of: shape),
        y: Self.attribute("y", of: firstText).flatMap(Double.init))
    }
    return items
  }
}
