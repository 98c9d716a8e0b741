import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whole-file reads with citegraph's errors, and atomic writes.
public enum FileBytes {
  /// The bytes of the regular file at `path`.
  ///
  /// - Throws: ``CiteGraphError/notFound(path:)`` or ``CiteGraphError/unreadable(path:reason:)``.
  public static func read(path: String) throws(CiteGraphError) -> [UInt8] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path: path) }
    guard !isDirectory.boolValue else { throw .unreadable(path: path, reason: "is a directory") }
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw .unreadable(path: path, reason: systemErrorMessage()) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw .unreadable(path: path, reason: systemErrorMessage())
    }
    // Read straight into the array, sized from the file, growing only if the file grew meanwhile.
    var bytes = [UInt8](repeating: 0, count: max(Int(status.st_size), 0) + 1)
    var filled = 0
    while true {
      if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 4096))) }
      let count = bytes.withUnsafeMutableBytes { raw in
        systemRead(descriptor, raw.baseAddress.map { $0 + filled }, raw.count - filled)
      }
      guard count >= 0 else {
        if errno == EINTR { continue }
        throw .unreadable(path: path, reason: systemErrorMessage())
      }
      if count == 0 { break }
      filled += count
    }
    bytes.removeLast(bytes.count - filled)
    return bytes
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
      let reason = systemErrorMessage()
      try? FileManager.default.removeItem(at: temporary)
      throw .unwritable(path: path, reason: reason)
    }
  }
}

/// The message of the current `errno`, lowercased like citegraph's own ("is a directory").
private func systemErrorMessage() -> String {
  let message = String(cString: strerror(errno))
  return message.prefix(1).lowercased() + message.dropFirst()
}

/// read(2), named apart from ``FileBytes/read(path:)``.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  #if canImport(Glibc)
    Glibc.read(descriptor, buffer, count)
  #else
    Darwin.read(descriptor, buffer, count)
  #endif
}
