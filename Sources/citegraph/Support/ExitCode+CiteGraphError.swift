import ArgumentParser
import CiteGraph
import Foundation

extension ExitCode {
  /// sysexits EX_DATAERR: the input data is bad (binary, not UTF-8, empty, too large, malformed).
  static let dataError = ExitCode(65)
  /// sysexits EX_NOINPUT: an input file is missing or unreadable.
  static let noInput = ExitCode(66)

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

  /// The most serious of two exit codes, preferring missing input (66) over bad data (65).
  func worse(_ other: ExitCode) -> ExitCode {
    rawValue >= other.rawValue ? self : other
  }
}

/// Writes messages to standard error.
enum StandardError {
  /// Writes `message` and a line break to standard error.
  static func print(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }

  /// Reports `error` as `citegraph: error: message` on standard error.
  static func report(_ error: CiteGraphError) {
    print("citegraph: error: \(error.errorDescription ?? "\(error)")")
  }
}
