import Foundation

/// A mutex for the Graphviz serialization, typed-throws friendly.
final class NSLockLike: @unchecked Sendable {
  private let lock = NSLock()

  func withLock<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
    lock.lock()
    defer { lock.unlock() }
    return try body()
  }
}
