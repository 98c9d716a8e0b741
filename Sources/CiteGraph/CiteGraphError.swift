import Foundation

/// What stops the library's work: an input that cannot be read or a graph file that cannot be parsed.
///
/// Problems in the data itself (an unresolved or misdated reference) are ``Finding``s, not errors.
public enum CiteGraphError: Error, Equatable, Sendable, LocalizedError {
  /// The path does not exist.
  case notFound(path: String)
  /// The path exists but cannot be read.
  case unreadable(path: String, reason: String)
  /// The file holds binary data (NUL bytes), not text.
  case binaryFile(path: String)
  /// The file is not valid UTF-8; `offset` is the first bad byte.
  case invalidUTF8(path: String, offset: Int)
  /// The file is empty or holds only white space.
  case emptyFile(path: String)
  /// The file is larger than the reader accepts.
  case fileTooLarge(path: String, bytes: Int, limit: Int)
  /// A graph or registry file that cannot be parsed; `line` is 1-based.
  case malformedFile(path: String, line: Int, reason: String)
  /// An output file that cannot be written.
  case unwritable(path: String, reason: String)
  /// A symbol as typed by a user that names no document form citegraph knows.
  case invalidSymbol(String)
  /// A well-formed symbol the graph does not hold, with the closest ones it does.
  case unknownSymbol(String, suggestions: [String])

  public var errorDescription: String? {
    switch self {
    case .notFound(let path): "\(path): no such file or directory"
    case .unreadable(let path, let reason): "\(path): cannot be read: \(reason)"
    case .binaryFile(let path): "\(path): binary file, not text; give the text extracted from the document"
    case .invalidUTF8(let path, let offset):
      "\(path): not valid UTF-8 (first bad byte at offset \(offset)); convert it with 'iconv -t UTF-8'"
    case .emptyFile(let path): "\(path): empty file"
    case .fileTooLarge(let path, let bytes, let limit):
      "\(path): \(bytes) bytes is larger than the \(limit)-byte limit for one document"
    case .malformedFile(let path, let line, let reason): "\(path):\(line): \(reason)"
    case .unwritable(let path, let reason): "\(path): cannot be written: \(reason)"
    case .invalidSymbol(let text):
      "'\(text)' is not a resolution or decision symbol; write it as 71/244, A/RES/71/244 or 1325 (2000)"
    case .unknownSymbol(let text, let suggestions):
      suggestions.isEmpty
        ? "\(text) is not in the graph"
        : "\(text) is not in the graph; did you mean \(suggestions.joined(separator: ", "))?"
    }
  }
}
