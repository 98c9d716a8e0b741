import Foundation

/// Resolves many documents in parallel: files and directories in, one result per document out,
/// in path order; one bad file is a failed result, never a stop.
public struct CorpusResolver: Sendable {
  /// The extractor applied to every document.
  public var extractor: ReferenceExtractor

  public init(extractor: ReferenceExtractor = ReferenceExtractor()) {
    self.extractor = extractor
  }

  /// The documents under `paths`: files as given, directories expanded recursively to their
  /// `*.txt` and `*.md` files, sorted.
  public static func documentPaths(in paths: [String]) throws(CiteGraphError) -> [String] {
    var result: [String] = []
    let manager = FileManager.default
    for path in paths {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path: path) }
      guard isDirectory.boolValue else {
        result.append(path)
        continue
      }
      guard let enumerator = manager.enumerator(atPath: path) else {
        throw .unreadable(path: path, reason: "cannot list directory")
      }
      var found: [String] = []
      while let relative = enumerator.nextObject() as? String {
        guard relative.hasSuffix(".txt") || relative.hasSuffix(".md") else { continue }
        let full = (path as NSString).appendingPathComponent(relative)
        var isSubdirectory: ObjCBool = false
        if manager.fileExists(atPath: full, isDirectory: &isSubdirectory), !isSubdirectory.boolValue {
          found.append(full)
        }
      }
      result.append(contentsOf: found.sorted())
    }
    return result
  }

  /// Reads and resolves every path, in parallel; results come back in path order.
  ///
  /// `progress` is called with (documents done, total) as documents finish.
  /// - Complexity: O(*n*) in the total bytes, spread over the available cores.
  public func resolve(paths: [String], progress: (@Sendable (Int, Int) -> Void)? = nil) async -> [Result<
    ResolvedDocument, CiteGraphError
  >] {
    let extractor = self.extractor
    let total = paths.count
    let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
    var results = [Result<ResolvedDocument, CiteGraphError>?](repeating: nil, count: total)
    await withTaskGroup(of: (Int, Result<ResolvedDocument, CiteGraphError>).self) { group in
      var next = 0
      var done = 0
      func resolveOne(_ path: String) -> Result<ResolvedDocument, CiteGraphError> {
        do throws(CiteGraphError) {
          return .success(extractor.resolve(try DocumentReader.read(path: path)))
        } catch {
          return .failure(error)
        }
      }
      while next < min(width, total) {
        let index = next
        let path = paths[index]
        group.addTask { (index, resolveOne(path)) }
        next += 1
      }
      while let (index, result) = await group.next() {
        results[index] = result
        done += 1
        progress?(done, total)
        if next < total {
          let nextIndex = next
          let path = paths[nextIndex]
          group.addTask { (nextIndex, resolveOne(path)) }
          next += 1
        }
      }
    }
    return results.enumerated().map { index, result in
      result ?? .failure(.unreadable(path: paths[index], reason: "not resolved"))
    }
  }
}
