import Foundation

/// The peers measured in the same run: igraph through Python, and a Python regex extractor, both
/// scripts under `Benchmarks/`.
struct PythonPeers: Sendable {
  /// Why the peers cannot run here.
  struct Missing: Error, Sendable {
    var message: String
  }

  /// What `igraph_peer.py` prints: seconds per run of each task.
  struct GraphTimes: Decodable, Sendable {
    var igraph: String?
    var error: String?
    var load: [Double]?
    var pagerank: [Double]?
    var scc: [Double]?
    var betweenness: [Double]?
  }

  /// What `regex_extractor.py` prints.
  struct ExtractionTimes: Decodable, Sendable {
    var seconds: [Double]
    var bytes: Int
    var documents: Int
    var references: Int
  }

  /// The interpreter.
  let python: String
  /// The folder of the scripts.
  let scripts: URL
  /// igraph's version, or `nil` when it is not installed.
  let igraphVersion: String?

  /// Finds `python3` on the path and asks it for igraph.
  static func find(scripts: URL) -> Result<PythonPeers, Missing> {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    guard
      let python = path.split(separator: ":").map({ "\($0)/python3" }).first(where: {
        FileManager.default.isExecutableFile(atPath: $0)
      })
    else { return .failure(Missing(message: "python3 is not on the PATH")) }
    guard FileManager.default.fileExists(atPath: scripts.appendingPathComponent("igraph_peer.py").path) else {
      return .failure(Missing(message: "the peer scripts are not in \(scripts.path)"))
    }
    let probe = try? run(python, ["-c", "import igraph; print(igraph.__version__)"])
    let version = probe.flatMap { $0.status == 0 ? $0.output.trimmingCharacters(in: .whitespacesAndNewlines) : nil }
    return .success(PythonPeers(python: python, scripts: scripts, igraphVersion: version))
  }

  /// Runs `script` with `arguments` and decodes the JSON it prints.
  func run<Output: Decodable>(_ script: String, _ arguments: [String], as type: Output.Type) throws -> Output {
    let result = try Self.run(python, [scripts.appendingPathComponent(script).path] + arguments)
    guard result.status == 0 else {
      throw Missing(message: "\(script) exited with \(result.status): \(result.error.suffix(400))")
    }
    return try JSONDecoder().decode(Output.self, from: Data(result.output.utf8))
  }

  /// Runs an executable to its end and returns its exit status, stdout and stderr.
  ///
  /// The outputs go through temporary files rather than pipes, so a child that writes much to one
  /// stream while we read the other cannot block.
  static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String, error: String)
  {
    let folder = FileManager.default.temporaryDirectory
    let token = UUID().uuidString
    let outputURL = folder.appendingPathComponent("citegraph-bench-\(token).out")
    let errorURL = folder.appendingPathComponent("citegraph-bench-\(token).err")
    guard FileManager.default.createFile(atPath: outputURL.path, contents: nil),
      FileManager.default.createFile(atPath: errorURL.path, contents: nil)
    else { throw Missing(message: "cannot create temporary files in \(folder.path)") }
    defer {
      try? FileManager.default.removeItem(at: outputURL)
      try? FileManager.default.removeItem(at: errorURL)
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardOutput = try FileHandle(forWritingTo: outputURL)
    process.standardError = try FileHandle(forWritingTo: errorURL)
    try process.run()
    process.waitUntilExit()
    let output = (try? String(contentsOf: outputURL, encoding: .utf8)) ?? ""
    let error = (try? String(contentsOf: errorURL, encoding: .utf8)) ?? ""
    return (process.terminationStatus, output, error)
  }
}
