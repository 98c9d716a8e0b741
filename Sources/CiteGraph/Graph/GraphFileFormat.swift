/// A file format citegraph reads graphs from or writes them to.
public enum GraphFileFormat: String, CaseIterable, Sendable {
  /// citegraph's own line-oriented format (`.citegraph`), lossless.
  case native
  /// An edge list, `source,target[,relation]`, with or without a header line.
  case csv
  /// The same edge list separated by tabs.
  case tsv
  /// GraphML (`http://graphml.graphdrawing.org/xmlns`).
  case graphml
  /// Graphviz DOT (export only).
  case dot
  /// JSON node-link (export only).
  case json

  /// Whether citegraph can read graphs in this format.
  public var isReadable: Bool { self != .dot && self != .json }

  /// The format a file name's extension names, if any.
  public init?(pathExtension path: String) {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    switch path[path.index(after: dot)...].lowercased() {
    case "citegraph": self = .native
    case "csv": self = .csv
    case "tsv", "tab": self = .tsv
    case "graphml", "xml": self = .graphml
    case "dot", "gv": self = .dot
    case "json": self = .json
    default: return nil
    }
  }

  /// The format of a file to read, from its first bytes, then its extension; a text file with a tab
  /// in its first line is TSV, any other CSV.
  ///
  /// - Complexity: O(*n*) in the length of the first line.
  public static func sniff(_ bytes: some Collection<UInt8>, path: String) -> GraphFileFormat {
    let head = String(decoding: bytes.prefix(512), as: UTF8.self)
    let trimmed = head.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
    if trimmed.hasPrefix(NativeGraphWriter.magic) { return .native }
    if trimmed.hasPrefix("<?xml") || trimmed.hasPrefix("<graphml") { return .graphml }
    if let byName = GraphFileFormat(pathExtension: path), byName.isReadable { return byName }
    let firstLine = head.prefix { $0 != "\n" }
    return firstLine.contains("\t") ? .tsv : .csv
  }
}
