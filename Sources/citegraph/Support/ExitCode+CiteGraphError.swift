import ArgumentParser
import CiteGraph

extension ExitCode {
  /// The sysexits code for a library error: 64 usage (an identifier that is no symbol), 65 bad data
  /// (a malformed, binary, empty or oversized file), 66 missing input (no such file, unreadable, or a
  /// document the graph does not hold), 73 an output that cannot be created.
  init(_ error: CiteGraphError) {
    switch error {
    case .invalidSymbol: self = .init(64)
    case .binaryFile, .invalidUTF8, .emptyFile, .fileTooLarge, .malformedFile: self = .init(65)
    case .notFound, .unreadable, .unknownSymbol: self = .init(66)
    case .unwritable: self = .init(73)
    }
  }
}
