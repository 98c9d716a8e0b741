import Foundation

/// Where the graphs and registries bundled with citegraph live: the `Graphs/` folder of the package
/// checkout the tool runs from.
public enum BundledGraphs {
  /// The folder's name inside the package.
  public static let folderName = "Graphs"
  /// The default graph's file name inside the folder.
  public static let defaultGraphName = "default.citegraph"
  /// The registry folder's name inside the folder.
  public static let registryFolderName = "registry"

  /// The bundled `Graphs/` folder holding the default graph: the first folder holding `Package.swift`
  /// and `Graphs/default.citegraph` found walking up from `start` (the current directory), else walking up from the running executable
  /// (which `swift build` puts inside the package's `.build`).
  ///
  /// - Complexity: O(*d*) file-system checks for a directory depth *d*.
  public static func directory(
    from start: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
  ) -> URL? {
    directory(holding: defaultGraphName, from: start)
  }

  /// The bundled registry folder, `Graphs/registry`, found like ``directory(from:)``.
  public static func registryDirectory(
    from start: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
  ) -> URL? {
    directory(holding: registryFolderName, from: start)?.appendingPathComponent(registryFolderName)
  }

  private static func directory(holding item: String, from start: URL) -> URL? {
    let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
    for origin in [start, executable.deletingLastPathComponent()] {
      if let found = walkUp(from: origin.standardizedFileURL, holding: item) { return found }
    }
    return nil
  }

  /// The bundled default graph file, if there is one.
  public static func defaultGraph(from start: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    -> URL?
  {
    directory(from: start)?.appendingPathComponent(defaultGraphName)
  }

  private static func walkUp(from start: URL, holding item: String) -> URL? {
    var directory = start
    while true {
      let graphs = directory.appendingPathComponent(folderName)
      if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path),
        FileManager.default.fileExists(atPath: graphs.appendingPathComponent(item).path)
      {
        return graphs
      }
      let parent = directory.deletingLastPathComponent()
      if parent.path == directory.path { return nil }
      directory = parent
    }
  }
}
