import Foundation

/// Where the shared, read-only UN texts live: `../shared` next to the package (never copied in).
enum SharedData {
  /// The package root.
  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }

  /// `../shared`, or `nil` (the tests that need it then skip with a message).
  static var root: URL? {
    let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      return nil
    }
    return url
  }

  /// Lines of a TSV file split into fields, header first.
  static func tsv(_ url: URL) throws -> [[String]] {
    let text = try String(contentsOf: url, encoding: .utf8)
    return text.split(separator: "\n", omittingEmptySubsequences: true).map {
      $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }
  }

  /// The fixture named `name` in `Tests/CiteGraphTests/Fixtures`.
  static func fixture(_ name: String) -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
      .appendingPathComponent(name)
  }
}
