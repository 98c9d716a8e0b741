import CiteGraph
import Dispatch
import Foundation

/// Builds a graph from resolution texts in process, for `build` and for `--corpus`.
enum CorpusGraphLoader {
  /// The documents of `paths` resolved and built into a graph with the bundled registry; bad files
  /// are reported on stderr and left out.
  ///
  /// Resolution runs on Dispatch's worker threads so that synchronous commands can call it without
  /// blocking a thread of Swift's cooperative pool.
  static func graph(paths: [String]) throws -> CitationGraph {
    let documents = try CorpusResolver.documentPaths(in: paths)
    let extractor = ReferenceExtractor()
    let results = ResultSlots(count: documents.count)
    DispatchQueue.concurrentPerform(iterations: documents.count) { index in
      let result: Result<ResolvedDocument, CiteGraphError>
      do throws(CiteGraphError) {
        result = .success(extractor.resolve(try DocumentReader.read(path: documents[index])))
      } catch {
        result = .failure(error)
      }
      results.store(result, at: index)
    }
    let resolved = report(results.all)
    return GraphBuilder(registry: try Registry.bundled()).build(resolved)
  }

  /// The resolved documents of `results`, after printing every failure and every document without
  /// an identity on stderr.
  static func report(_ results: [Result<ResolvedDocument, CiteGraphError>]) -> [ResolvedDocument] {
    var documents: [ResolvedDocument] = []
    for result in results {
      switch result {
      case .success(let document):
        if document.identity.symbol == nil {
          printWarning("\(document.file): no symbol found in the text; its references are left out of the graph")
        }
        documents.append(document)
      case .failure(let error):
        printError(error.localizedDescription)
      }
    }
    return documents
  }

  /// Results written by index from several threads.
  private final class ResultSlots: @unchecked Sendable {
    private var slots: [Result<ResolvedDocument, CiteGraphError>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ result: Result<ResolvedDocument, CiteGraphError>, at index: Int) {
      lock.lock()
      slots[index] = result
      lock.unlock()
    }

    var all: [Result<ResolvedDocument, CiteGraphError>] {
      lock.lock()
      defer { lock.unlock() }
      return slots.compactMap { $0 }
    }
  }
}
