/// What a lineage map is rendered as.
public enum MapFormat: String, CaseIterable, Sendable, Codable {
  /// Scalable vector graphics with tooltips and links, for web pages.
  case svg
  /// A bitmap, for slides and documents without vector support.
  case png
  /// A vector document, for print.
  case pdf
  /// The Graphviz source itself, before layout.
  case dot

  /// The format a file name asks for through its extension (`map.svg`, `map.PNG`, `map.gv`).
  public init?(fileName: String) {
    guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
    switch fileName[fileName.index(after: dot)...].lowercased() {
    case "svg": self = .svg
    case "png": self = .png
    case "pdf": self = .pdf
    case "dot", "gv": self = .dot
    default: return nil
    }
  }

  /// Whether the output is binary rather than text.
  public var isBinary: Bool { self == .png || self == .pdf }
}
