import ArgumentParser

/// The `citegraph` command: the citation graph of United Nations resolutions.
@main
struct CiteGraphCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "citegraph",
    abstract: "Resolve, graph and analyse citations between United Nations resolutions.",
    version: CiteGraphVersion.current,
    subcommands: [
      RefsCommand.self, CheckCommand.self, AncestorsCommand.self, DescendantsCommand.self, PathCommand.self,
      ExportCommand.self, RegistryCommand.self, BuildCommand.self, StatsCommand.self,
      CentralityCommand.self, CyclesCommand.self, MainPathCommand.self, RenderCommand.self,
    ]
  )
}
