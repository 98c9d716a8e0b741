/// Paths as reports print them: relative to the working directory, with `/` separators, so that
/// code scanning, annotations and baselines name the same file whichever way the user typed it.
public enum ReportPath {
  /// `path` relative to `directory` when it lies inside it, else `path` cleaned of `./` and `//`.
  ///
  /// - Complexity: O(*n*) in the lengths of the paths.
  public static func relative(_ path: String, to directory: String) -> String {
    let cleaned = clean(path)
    guard cleaned.hasPrefix("/") else { return cleaned }
    let base = clean(directory)
    let prefix = base.hasSuffix("/") ? base : base + "/"
    return cleaned.hasPrefix(prefix) ? String(cleaned.dropFirst(prefix.count)) : cleaned
  }

  /// Drops `.` components and empty components, keeping a leading `/`.
  static func clean(_ path: String) -> String {
    let components = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
    let joined = components.joined(separator: "/")
    return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
  }
}
