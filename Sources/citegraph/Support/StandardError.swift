import ArgumentParser
import CiteGraph
import Foundation

/// Writes `citegraph: error: message` to standard error.
func printError(_ message: String) {
  printToStandardError("citegraph: error: \(message)")
}

/// Writes `citegraph: warning: message` to standard error.
func printWarning(_ message: String) {
  printToStandardError("citegraph: warning: \(message)")
}

/// Writes `citegraph: note: message` to standard error.
func printNote(_ message: String) {
  printToStandardError("citegraph: note: \(message)")
}

/// Writes one line to standard error, never to standard output, which holds results only.
func printToStandardError(_ line: String) {
  FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// Runs `body`, turning a ``CiteGraphError`` into its message on standard error and its sysexits code.
func reportingErrors<T>(_ body: () throws -> T) throws -> T {
  do {
    return try body()
  } catch let error as CiteGraphError {
    printError(error.localizedDescription)
    throw ExitCode(error)
  }
}

/// Whether standard error is a terminal, where progress may be drawn.
var standardErrorIsTerminal: Bool { isatty(2) == 1 }

/// The asynchronous form of ``reportingErrors(_:)``.
func reportingErrorsAsync<T>(_ body: () async throws -> T) async throws -> T {
  do {
    return try await body()
  } catch let error as CiteGraphError {
    printError(error.localizedDescription)
    throw ExitCode(error)
  }
}
