import ArgumentParser
import CiteGraph

/// `citegraph ancestors ID`: what a resolution cites, and what those cite.
struct AncestorsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ancestors",
    abstract: "List the resolutions a resolution cites, directly or through a chain, nearest first.",
    discussion: """
      Example: citegraph ancestors 71/244 --depth 1 --relation reaffirms,recalls
      """)

  @OptionGroup var options: LineageOptions

  func run() throws {
    try options.run(.ancestors)
  }
}
