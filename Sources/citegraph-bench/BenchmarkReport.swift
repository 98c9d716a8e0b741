import Foundation

/// The rows of one run, the machine they ran on, and their two outputs: a table on stdout and a
/// JSON summary.
struct BenchmarkReport: Codable, Sendable {
  /// Where and how the run was made.
  struct Machine: Codable, Sendable {
    var cores: Int
    var system: String
    var processor: String
    var memoryBytes: UInt64
  }

  var tool = "citegraph-bench"
  var date: String
  var command: String
  var quick: Bool
  var runsPerFigure: Int
  var machine: Machine
  var rows: [BenchmarkRow] = []

  init(command: String, quick: Bool, runsPerFigure: Int) {
    self.command = command
    self.quick = quick
    self.runsPerFigure = runsPerFigure
    date = ISO8601DateFormatter().string(from: Date())
    let info = ProcessInfo.processInfo
    machine = Machine(
      cores: info.activeProcessorCount, system: info.operatingSystemVersionString,
      processor: Self.processorName(), memoryBytes: info.physicalMemory)
  }

  private static func processorName() -> String {
    guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
      let line = info.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
      let colon = line.firstIndex(of: ":")
    else { return "unknown" }
    return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
  }

  /// Adds `row` and echoes it to stderr, so a long run shows progress.
  mutating func add(_ row: BenchmarkRow) {
    rows.append(row)
    let figure = row.medianSeconds.map { BenchmarkFormat.seconds($0) } ?? row.note ?? ""
    FileHandle.standardError.write(Data("  \(row.id): \(figure)\n".utf8))
  }

  /// The table people read.
  var table: String {
    let header = ["benchmark", "size", "median", "throughput", "target", "vs target", "peer (same run)", "vs peer"]
    var lines: [[String]] = [header]
    for row in rows {
      var throughput: [String] = []
      if let rate = row.megabytesPerSecond { throughput.append(BenchmarkFormat.rate(rate) + " MB/s") }
      if let rate = row.documentsPerSecond { throughput.append(BenchmarkFormat.count(rate) + " docs/s") }
      if let bytes = row.bytesPerEdge { throughput.append(String(format: "%.1f B/edge", bytes)) }
      let margin = row.targetMargin.map { ($0 >= 1 ? "ok " : "MISS ") + String(format: "%.2f×", $0) } ?? ""
      let peer = row.peer.map { "\($0.name) \(BenchmarkFormat.seconds($0.medianSeconds))" } ?? ""
      let speedup = row.peer.map { String(format: "%.2f× faster", $0.speedup) } ?? ""
      let median = row.medianSeconds.map(BenchmarkFormat.seconds) ?? ""
      lines.append([
        row.title, row.size, median, throughput.joined(separator: ", "), row.target?.text ?? "", margin, peer,
        speedup,
      ])
      if let note = row.note { lines.append(["  " + note, "", "", "", "", "", "", ""]) }
    }
    var widths = [Int](repeating: 0, count: header.count)
    for line in lines where !line[0].hasPrefix("  ") {
      for (column, cell) in line.enumerated() { widths[column] = max(widths[column], cell.count) }
    }
    var out = "citegraph-bench, \(date), \(machine.cores) cores (\(machine.processor)), median of \(runsPerFigure) runs"
    out += quick ? " (quick)\n" : "\n"
    for (position, line) in lines.enumerated() {
      if line[0].hasPrefix("  ") {
        out += line[0] + "\n"
        continue
      }
      let cells = line.enumerated().map { column, cell in
        cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
      }
      out += cells.joined(separator: "  ").trimmingCharacters(in: .whitespaces) + "\n"
      if position == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
    }
    return out
  }

  /// Writes the JSON summary to `path`, atomically.
  func write(to path: String) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
  }
}
