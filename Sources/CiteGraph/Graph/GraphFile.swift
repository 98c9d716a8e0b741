import Foundation

/// Reading and writing citation graphs as files, in every format citegraph knows.
public enum GraphFile {
  /// The graph stored at `path`, in `format` or the format its content and name show.
  ///
  /// - Throws: ``CiteGraphError`` when the file is missing, unreadable or malformed (naming the line).
  /// - Complexity: O(*n*) in the file's length, plus the graph's construction.
  public static func load(path: String, format: GraphFileFormat? = nil) throws(CiteGraphError) -> CitationGraph {
    let bytes = try FileBytes.read(path: path)
    let format = format ?? GraphFileFormat.sniff(bytes, path: path)
    // GraphML declares its own encoding; the line-oriented formats must be UTF-8 text, and saying so
    // beats a parse error on the first line of a binary file.
    if format != .graphml { try DocumentReader.validate(bytes, file: path) }
    return try read(bytes, path: path, format: format)
  }

  /// The graph that `bytes` hold in `format`; `path` names the file in error messages.
  ///
  /// - Throws: ``CiteGraphError/malformedFile(path:line:reason:)`` naming the first bad line.
  public static func read(_ bytes: [UInt8], path: String, format: GraphFileFormat) throws(CiteGraphError)
    -> CitationGraph
  {
    guard !bytes.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }) else {
      throw .emptyFile(path: path)
    }
    switch format {
    case .native:
      return try bytes.withUnsafeBufferPointer { (buffer) throws(CiteGraphError) in
        try NativeGraphReader(path: path).read(buffer)
      }
    case .csv, .tsv:
      let importer = EdgeListImporter(path: path, separator: format == .csv ? UInt8(ascii: ",") : 9)
      return try bytes.withUnsafeBufferPointer { (buffer) throws(CiteGraphError) in try importer.read(buffer) }
    case .graphml:
      return try GraphMLImporter(path: path).read(bytes)
    case .dot, .json:
      throw .malformedFile(
        path: path, line: 1,
        reason: "citegraph writes \(format.rawValue) but does not read it; give a .citegraph, CSV, TSV or GraphML file")
    }
  }

  /// The bytes of `graph` written in `format`.
  ///
  /// - Complexity: O(*V* + *E*).
  public static func encode(_ graph: CitationGraph, format: GraphFileFormat) -> [UInt8] {
    switch format {
    case .native: NativeGraphWriter().bytes(for: graph)
    case .csv: Array(EdgeListExporter(separator: ",").text(for: graph).utf8)
    case .tsv: Array(EdgeListExporter(separator: "\t").text(for: graph).utf8)
    case .graphml: Array(GraphMLExporter().text(for: graph).utf8)
    case .dot: Array(DOTExporter().text(for: graph).utf8)
    case .json: NodeLinkJSONExporter().bytes(for: graph)
    }
  }

  /// Writes `graph` to `path` in `format`, atomically: a reader never sees half a file.
  ///
  /// - Throws: ``CiteGraphError/unwritable(path:reason:)``.
  public static func write(_ graph: CitationGraph, to path: String, format: GraphFileFormat = .native)
    throws(CiteGraphError)
  {
    try FileBytes.writeAtomically(encode(graph, format: format), to: path)
  }
}
