import Foundation

/// Whole-file reads with citegraph's errors, and atomic writes.
public enum FileBytes {
  /// The bytes of the regular file at `path`.
  ///
  /// - Throws: ``CiteGraphError/notFound(path:)`` or ``CiteGraphError/unreadable(path:reason:)``.
  public static func read(path: String) throws(CiteGraphError) -> [UInt8] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path: path) }
    guard !isDirectory.boolValue else { throw .unreadable(path: path, reason: "is a directory") }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .unreadable(path: path, reason: "permission denied")
    }
    defer { try? handle.close() }
    do {
      return [UInt8](try handle.readToEnd() ?? Data())
    } catch {
      throw .unreadable(path: path, reason: error.localizedDescription)
    }
  }

  /// Writes `bytes` to `path` through a temporary file in the same directory renamed over it, so a
  /// reader sees the old file or the new one, never a part.
  ///
  /// - Throws: ``CiteGraphError/unwritable(path:reason:)``.
  public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(CiteGraphError) {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString).tmp")
    do {
      try Data(bytes).write(to: temporary)
    } catch {
      throw .unwritable(path: path, reason: "cannot create a file in \(url.deletingLastPathComponent().path)")
    }
    guard rename(temporary.path, url.path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw .unwritable(path: path, reason: reason)
    }
  }
}
