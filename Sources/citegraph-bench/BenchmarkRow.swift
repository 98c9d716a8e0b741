/// One line of the table and one object of the JSON summary.
struct BenchmarkRow: Codable, Sendable {
  /// A peer tool's time on the same input, measured in the same run.
  struct Peer: Codable, Sendable {
    var name: String
    var medianSeconds: Double
    var samples: [Double]
    /// The peer's time over ours: above 1 we are faster.
    var speedup: Double
  }

  /// A stable key such as `extract.corpus.cores`.
  var id: String
  /// What was measured, as the table prints it.
  var title: String
  /// The input's size, as the table prints it.
  var size: String
  /// Seconds per timed run.
  var samples: [Double] = []
  var medianSeconds: Double?
  var megabytesPerSecond: Double?
  var documentsPerSecond: Double?
  /// For memory rows: the figure in bytes per edge.
  var bytesPerEdge: Double?
  var target: BenchmarkTarget?
  /// ``BenchmarkTarget/margin(_:)`` of the row's figure: above 1 the target is met.
  var targetMargin: Double?
  var peer: Peer?
  /// Why a row has no figure, or what the figure means.
  var note: String?

  init(id: String, title: String, size: String) {
    self.id = id
    self.title = title
    self.size = size
  }

  /// A timed row; `bytes` and `documents` add throughput.
  init(id: String, title: String, size: String, samples: [Double], bytes: Int? = nil, documents: Int? = nil) {
    self.init(id: id, title: title, size: size)
    self.samples = samples
    let median = Stopwatch.median(samples)
    medianSeconds = median
    if let bytes { megabytesPerSecond = Double(bytes) / 1e6 / median }
    if let documents { documentsPerSecond = Double(documents) / median }
  }

  /// A row that could not be measured, and why.
  static func skipped(id: String, title: String, reason: String) -> BenchmarkRow {
    var row = BenchmarkRow(id: id, title: title, size: "")
    row.note = "skipped: " + reason
    return row
  }

  /// The row with `target` checked against its throughput (for `atLeast`) or time or bytes per edge.
  func checked(against target: BenchmarkTarget) -> BenchmarkRow {
    var row = self
    row.target = target
    let figure: Double? =
      switch target.direction {
      case .atLeast: megabytesPerSecond
      case .atMost: bytesPerEdge ?? medianSeconds
      }
    if let figure { row.targetMargin = target.margin(figure) }
    return row
  }

  /// The row with a peer's samples on the same input.
  func compared(to name: String, samples peerSamples: [Double]) -> BenchmarkRow {
    var row = self
    let peerMedian = Stopwatch.median(peerSamples)
    row.peer = Peer(
      name: name, medianSeconds: peerMedian, samples: peerSamples,
      speedup: medianSeconds.map { peerMedian / $0 } ?? .nan)
    return row
  }
}
