import ArgumentParser
import CiteGraph

/// `citegraph descendants ID`: what cites a resolution, and what cites those.
struct DescendantsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "descendants",
    abstract: "List the resolutions that cite a resolution, directly or through a chain, nearest first.",
    discussion: """
      Example: citegraph descendants "242 (1967)" --body SC --format json
      """)

  @OptionGroup var options: LineageOptions

  func run() throws {
    try options.run(.descendants)
  }
}
