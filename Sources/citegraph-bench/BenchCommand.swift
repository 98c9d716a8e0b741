import ArgumentParser
import CiteGraph
import Foundation

/// `citegraph-bench`: how fast citegraph is, and where its time goes.
@main
struct BenchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "citegraph-bench",
    abstract: "Measure citegraph's extraction, graph, analyses and rendering against targets and peers.",
    discussion: """
      Build and run in release: swift run -c release citegraph-bench [--quick] [--json FILE].
      Every figure is the median of several runs; peers (igraph, a Python regex extractor) run in the \
      same process tree on the same inputs when Python has them.
      """
  )

  @Flag(help: "Fewer runs and no 100,000-document corpus: a first look in about a minute.")
  var quick = false

  @Option(help: ArgumentHelp("Write the JSON summary to FILE.", valueName: "FILE"))
  var json: String?

  @Option(help: ArgumentHelp("The shared data folder that holds corpus/.", valueName: "PATH"))
  var shared = "../shared"

  @Option(help: "Timed runs per figure (default 5; 3 with --quick).")
  var runs: Int?

  @Option(help: "Seed of the synthetic corpus and graphs.")
  var seed: UInt64 = 2024

  @Option(
    parsing: .upToNextOption,
    help: "Run only the suites named: extraction, graph, analysis, render (default: all).")
  var only: [String] = []

  @Flag(help: "Do not run the Python peers.")
  var noPeers = false

  @Option(
    help: ArgumentHelp("Load a graph file and print its memory use as JSON (the memory probe).", visibility: .hidden))
  var measureLoad: String?

  @Option(help: ArgumentHelp("Write the 100,000-node graph to FILE and exit, for profiling.", visibility: .hidden))
  var writeGraph: String?

  @Option(help: ArgumentHelp("Write synthetic texts to DIR and exit.", visibility: .hidden))
  var writeSynthetic: String?

  @Option(help: ArgumentHelp("How many synthetic texts --write-synthetic writes.", visibility: .hidden))
  var syntheticCount = 20

  func validate() throws {
    if let runs, runs < 1 { throw ValidationError("--runs must be at least 1") }
    let suites = ["extraction", "graph", "analysis", "render"]
    for name in only where !suites.contains(name) {
      throw ValidationError("unknown suite '\(name)'; choose from \(suites.joined(separator: ", "))")
    }
  }

  func run() async throws {
    if let measureLoad {
      try GraphBenchmarks.measureLoad(path: measureLoad)
      return
    }
    if let writeGraph {
      let graph = SyntheticGraph(nodes: 100_000, edges: 1_000_000, seed: seed).citationGraph()
      try GraphFile.write(graph, to: writeGraph)
      return
    }
    if let writeSynthetic {
      try SyntheticCorpusWriter.write(count: syntheticCount, seed: seed, to: writeSynthetic)
      return
    }
    let runCount = runs ?? (quick ? 3 : 5)
    let context = try BenchmarkContext(
      runs: runCount, quick: quick, sharedPath: shared, seed: seed, withPeers: !noPeers)
    defer { context.cleanUp() }
    var report = BenchmarkReport(
      command: CommandLine.arguments.joined(separator: " "), quick: quick, runsPerFigure: runCount)
    BenchmarkContext.log("citegraph-bench: \(context.cores) cores, \(runCount) runs per figure")
    if let missing = context.peersMissing { BenchmarkContext.log("peers skipped: \(missing)") }
    func wanted(_ suite: String) -> Bool { only.isEmpty || only.contains(suite) }

    if wanted("extraction") { await ExtractionBenchmarks(context: context).run(into: &report) }
    if wanted("graph") || wanted("analysis") || wanted("render") {
      let large = GraphBenchmarks(context: context, nodes: 100_000, edges: 1_000_000)
      let small = SyntheticGraph(nodes: 20_000, edges: 200_000, seed: seed &+ 1)
      let igraph = IgraphPeer.times(context: context, large: large.synthetic, small: small)
      if wanted("graph") { large.run(into: &report, igraph: igraph) }
      if wanted("analysis") {
        await AnalysisBenchmarks(context: context, large: large, small: small).run(into: &report, igraph: igraph)
      }
      if wanted("render") { RenderBenchmarks(context: context, large: large).run(into: &report) }
    }
    print(report.table, terminator: "")
    if let json {
      try report.write(to: json)
      BenchmarkContext.log("wrote \(json)")
    }
  }
}
