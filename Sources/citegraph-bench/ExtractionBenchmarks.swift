import CiteGraph
import Foundation

/// Extraction throughput on the real corpus and on synthetic corpora, on one core and on all, next
/// to the floor of merely reading (or scanning) the same bytes, and to a Python regex extractor.
struct ExtractionBenchmarks {
  /// Texts held in memory, so that extraction is timed apart from the disk.
  struct Texts: Sendable {
    var files: [String]
    var bytes: [[UInt8]]
    var totalBytes: Int { bytes.reduce(0) { $0 + $1.count } }
    var size: String {
      "\(BenchmarkFormat.count(Double(bytes.count))) docs, \(BenchmarkFormat.megabytes(totalBytes))"
    }
  }

  /// What one extraction pass found, to keep the work observable and to score synthetic answers.
  struct Found: Sendable {
    var references = 0
    var failures = 0
    var pairs: [Set<String>] = []
  }

  let context: BenchmarkContext

  func run(into report: inout BenchmarkReport) async {
    await runCorpus(into: &report)
    for count in context.quick ? [10_000] : [10_000, 100_000] {
      await runSynthetic(count: count, into: &report)
    }
  }

  // MARK: - The real corpus

  private func runCorpus(into report: inout BenchmarkReport) async {
    let folders = ["unga", "unsc"].map { (context.sharedPath as NSString).appendingPathComponent("corpus/\($0)") }
    guard folders.allSatisfy({ FileManager.default.fileExists(atPath: $0) }),
      let paths = try? CorpusResolver.documentPaths(in: folders)
    else {
      report.add(
        .skipped(
          id: "extract.corpus", title: "extraction, real corpus",
          reason: "\(context.sharedPath)/corpus not found; give --shared PATH"))
      return
    }
    var texts = Texts(files: paths, bytes: [])
    let floor = Stopwatch.sample(runs: context.runs) { texts.bytes = paths.map(Self.readFloor) }
    let size = texts.size
    report.add(
      BenchmarkRow(
        id: "extract.corpus.floor", title: "read the corpus files (floor)", size: size, samples: floor,
        bytes: texts.totalBytes, documents: paths.count))
    _ = await extractionRows(texts, id: "extract.corpus", name: "corpus", peerPaths: folders, into: &report)
    var found = 0
    let endToEnd = await Stopwatch.sample(runs: context.runs) {
      let results = await CorpusResolver().resolve(paths: paths)
      found = results.reduce(0) { $0 + ((try? $1.get())?.references.count ?? 0) }
    }
    var row = BenchmarkRow(
      id: "extract.corpus.resolver", title: "CorpusResolver on the files, all cores", size: size, samples: endToEnd,
      bytes: texts.totalBytes, documents: paths.count)
    row.note = "end to end as `citegraph refs` runs it: read + clean + extract, \(found) references"
    report.add(row)
  }

  /// Reads a file the plain way and touches every byte once: the least any extractor must pay.
  private static func readFloor(_ path: String) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else { return [] }
    let bytes = [UInt8](data)
    _ = scan(bytes)
    return bytes
  }

  /// Counts newlines, so that the compiler cannot drop the pass over the bytes.
  @inline(never)
  static func scan(_ bytes: [UInt8]) -> Int {
    bytes.withUnsafeBufferPointer { buffer in
      var lines = 0
      for byte in buffer where byte == 0x0A { lines += 1 }
      return lines
    }
  }

  /// Copies `bytes` to a fresh buffer (as reading them would) and counts the newlines of the copy.
  @inline(never)
  static func copyAndScan(_ bytes: [UInt8]) -> Int {
    let copy = [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
      bytes.withUnsafeBytes { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: $0) }
      count = bytes.count
    }
    return scan(copy)
  }

  // MARK: - Synthetic corpora

  private func runSynthetic(count: Int, into report: inout BenchmarkReport) async {
    BenchmarkContext.log("generating \(count) synthetic resolutions (seed \(context.seed))")
    let corpus = SyntheticCorpus(documents: count, seed: context.seed)
    let (texts, answers) = await Self.generate(corpus, workers: context.cores)
    let size = texts.size
    var lines = 0
    let floor = Stopwatch.sample(runs: context.runs) {
      lines = texts.bytes.reduce(0) { $0 + Self.copyAndScan($1) }
    }
    var floorRow = BenchmarkRow(
      id: "extract.synthetic\(count).floor", title: "copy + scan the synthetic bytes (floor)", size: size,
      samples: floor, bytes: texts.totalBytes, documents: count)
    floorRow.note = "\(BenchmarkFormat.count(Double(lines))) lines"
    report.add(floorRow)
    var peerPaths: [String]? = nil
    if count <= 10_000, context.peers != nil {
      let folder = context.scratch.appendingPathComponent("synthetic\(count)")
      try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      for (file, bytes) in zip(texts.files, texts.bytes) {
        try? Data(bytes).write(to: folder.appendingPathComponent(file))
      }
      peerPaths = [folder.path]
    }
    let found = await extractionRows(
      texts, id: "extract.synthetic\(count)", name: "synthetic \(BenchmarkFormat.count(Double(count)))",
      peerPaths: peerPaths, into: &report)
    if let score = Self.score(found.0.pairs, answers: answers),
      let row = report.rows.firstIndex(where: { $0.id == "extract.synthetic\(count).1core" })
    {
      report.rows[row].note = [report.rows[row].note, score].compactMap { $0 }.joined(separator: "; ")
    }
  }

  /// Makes the corpus's texts on all cores; also returns the expected (citing, cited) pairs.
  private static func generate(_ corpus: SyntheticCorpus, workers: Int) async -> (Texts, [Set<String>]) {
    let parts = await withTaskGroup(of: [(Int, String, [UInt8], Set<String>)].self) { group in
      for worker in 0..<workers {
        group.addTask {
          stride(from: worker, to: corpus.count, by: workers).map { index in
            let document = corpus.document(at: index)
            let pairs = Set(document.citations.map { "\(document.symbol) \($0.target)" })
            return (index, document.name, Array(document.text.utf8), pairs)
          }
        }
      }
      var all: [(Int, String, [UInt8], Set<String>)] = []
      for await part in group { all += part }
      return all.sorted { $0.0 < $1.0 }
    }
    return (Texts(files: parts.map(\.1), bytes: parts.map(\.2)), parts.map(\.3))
  }

  /// Precision and recall of resolved (citing, cited) pairs against the generator's answers.
  private static func score(_ found: [Set<String>], answers: [Set<String>]) -> String? {
    guard found.count == answers.count, !answers.isEmpty else { return nil }
    var truePositives = 0
    var foundCount = 0
    var expectedCount = 0
    for (got, expected) in zip(found, answers) {
      truePositives += got.intersection(expected).count
      foundCount += got.count
      expectedCount += expected.count
    }
    return String(
      format: "resolved against the generator's answers: precision %.4f, recall %.4f (%d of %d pairs)",
      Double(truePositives) / Double(max(1, foundCount)), Double(truePositives) / Double(max(1, expectedCount)),
      truePositives, expectedCount)
  }

  // MARK: - Timing extraction

  /// Extracts every text once on one core and once on all cores; adds both rows (with targets and the
  /// regex peer on `peerPaths`) and returns what each pass found.
  private func extractionRows(
    _ texts: Texts, id: String, name: String, peerPaths: [String]?, into report: inout BenchmarkReport
  ) async -> (Found, Found) {
    let singleSamples = Stopwatch.sample(runs: context.runs) {
      _ = Self.extract(texts, indices: texts.bytes.indices, keepPairs: false)
    }
    // The (source, target) pairs for precision and recall come from one more, untimed pass, so that
    // building them does not count against the extractor.
    let single = Self.extract(texts, indices: texts.bytes.indices, keepPairs: true)
    var singleRow = BenchmarkRow(
      id: "\(id).1core", title: "extraction, \(name), 1 core", size: texts.size, samples: singleSamples,
      bytes: texts.totalBytes, documents: texts.bytes.count
    ).checked(against: .atLeast(150, "≥ 150 MB/s"))
    if let peerPaths, let peer = regexPeer(peerPaths) {
      singleRow = singleRow.compared(to: "Python regex", samples: peer)
    }
    singleRow.note = "\(single.references) references" + (single.failures > 0 ? ", \(single.failures) unreadable" : "")
    report.add(singleRow)

    var parallel = Found()
    let cores = context.cores
    let (parallelSamples, coresUsed) = await Stopwatch.sampleWithCores(runs: context.runs) {
      parallel = await Self.extractInParallel(texts, workers: cores)
    }
    let singleRate = singleRow.megabytesPerSecond ?? 0
    var parallelRow = BenchmarkRow(
      id: "\(id).cores", title: "extraction, \(name), \(cores) cores", size: texts.size, samples: parallelSamples,
      bytes: texts.totalBytes, documents: texts.bytes.count
    ).checked(against: .atLeast(1.7 * singleRate, String(format: "≥ 1.7× 1 core (%.0f MB/s)", 1.7 * singleRate)))
    parallelRow.note =
      String(
        format: "speed-up over 1 core: %.2f×; the process got %.2f cores",
        (parallelRow.megabytesPerSecond ?? 0) / max(singleRate, 1e-9),
        coresUsed)
      + (coresUsed < Double(cores) - 0.3 ? " (other work on the machine)" : "")
    report.add(parallelRow)
    return (single, parallel)
  }

  /// Reads and resolves the texts in `range` one after the other.
  private static func extract(_ texts: Texts, indices: some Sequence<Int>, keepPairs: Bool) -> Found {
    let extractor = ReferenceExtractor()
    var found = Found()
    for index in indices {
      do {
        let resolved = extractor.resolve(try DocumentReader.read(bytes: texts.bytes[index], file: texts.files[index]))
        found.references += resolved.references.count
        if keepPairs {
          let source = resolved.identity.symbol.map(\.canonical) ?? "?"
          found.pairs.append(Set(resolved.references.map { "\(source) \($0.target)" }))
        }
      } catch {
        found.failures += 1
        if keepPairs { found.pairs.append([]) }
      }
    }
    return found
  }

  /// The same on `workers` child tasks, each taking every `workers`-th text.
  private static func extractInParallel(_ texts: Texts, workers: Int) async -> Found {
    await withTaskGroup(of: Found.self) { group in
      // Striding rather than halves: the corpus's long General Assembly texts come first.
      for worker in 0..<workers {
        group.addTask {
          extract(texts, indices: stride(from: worker, to: texts.bytes.count, by: workers), keepPairs: false)
        }
      }
      var total = Found()
      for await part in group {
        total.references += part.references
        total.failures += part.failures
      }
      return total
    }
  }

  /// The Python regex extractor's seconds on the same files (at most three runs: it is slow), or `nil`
  /// (said on stderr) when it cannot run.
  private func regexPeer(_ paths: [String]) -> [Double]? {
    guard let peers = context.peers else { return nil }
    do {
      let times = try peers.run(
        "regex_extractor.py", ["--runs", "\(min(context.runs, 3))"] + paths, as: PythonPeers.ExtractionTimes.self)
      return times.seconds
    } catch {
      BenchmarkContext.log("regex peer failed: \(error)")
      return nil
    }
  }
}
