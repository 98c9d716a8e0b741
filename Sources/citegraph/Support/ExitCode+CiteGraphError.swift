import ArgumentParser
import CiteGraph
import Foundation

extension ExitCode {
  /// sysexits EX_DATAERR: the input data is bad (binary, not UTF-8, empty, too large, malformed).
  static let dataError = ExitCode(65)
  /// sysexits EX_NOINPUT: an input file is missing or unreadable.
  static let noInput = ExitCode(66)

  /// The sysexits code for `error`: 66 for missing or unreadable input, 65 for bad data, 64 for usage.
  init(_ error: CiteGraphError) {
    switch error {
    case .notFound, .unreadable: self = .noInput
    case .binaryFile, .invalidUTF8, .emptyFile, .fileTooLarge, .malformedFile: self = .dataError
    case .invalidSymbol, .unknownSymbol: self = .validationFailure
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
