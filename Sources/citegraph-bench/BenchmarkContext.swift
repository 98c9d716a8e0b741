import CiteGraph
import Foundation

/// What every suite of the run shares: options, the scratch folder, the generated graphs and the
/// peers found on this machine.
final class BenchmarkContext: Sendable {
  /// Timed runs per figure.
  let runs: Int
  /// Whether to skip the largest inputs.
  let quick: Bool
  /// The folder holding `corpus/` (`../shared`).
  let sharedPath: String
  /// The seed of every generator.
  let seed: UInt64
  /// A fresh folder for graph files, edge lists and DOT files, removed at the end.
  let scratch: URL
  /// The Python peers, or `nil` with the reason they cannot run.
  let peers: PythonPeers?
  let peersMissing: String?
  /// Cores the machine offers.
  let cores: Int

  /// The package's root, where `Benchmarks/` holds the peers' scripts.
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  init(runs: Int, quick: Bool, sharedPath: String, seed: UInt64, withPeers: Bool) throws {
    self.runs = runs
    self.quick = quick
    self.sharedPath = sharedPath
    self.seed = seed
    cores = ProcessInfo.processInfo.activeProcessorCount
    scratch = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-bench-\(getpid())")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    if withPeers {
      switch PythonPeers.find(scripts: Self.packageRoot.appendingPathComponent("Benchmarks")) {
      case .success(let found):
        peers = found
        peersMissing = nil
      case .failure(let reason):
        peers = nil
        peersMissing = reason.message
      }
    } else {
      peers = nil
      peersMissing = "--no-peers given"
    }
  }

  /// Removes the scratch folder.
  func cleanUp() {
    try? FileManager.default.removeItem(at: scratch)
  }

  /// Writes a message to stderr.
  static func log(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }
}
