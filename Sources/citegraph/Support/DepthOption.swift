import ArgumentParser

/// The `--depth` limit of the commands that walk a lineage (`ancestors`, `descendants`, `render`).
struct DepthOption: ParsableArguments {
  // Unconditional parsing lets `--depth -1` reach validation instead of reading as an unknown option.
  @Option(
    name: .long, parsing: .unconditional, help: ArgumentHelp("Stop after this many citation steps.", valueName: "n"))
  var depth: Int?

  func validate() throws {
    if let depth, depth < 1 { throw ValidationError("--depth must be at least 1") }
  }
}
