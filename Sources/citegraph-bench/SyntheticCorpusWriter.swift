import CiteGraph
import Foundation

/// Writes synthetic texts to a folder, with a TSV of the citations each one makes, for people who
/// want to read what the generator makes or feed it to another tool.
enum SyntheticCorpusWriter {
  static func write(count: Int, seed: UInt64, to path: String) throws {
    let folder = URL(fileURLWithPath: path)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let corpus = SyntheticCorpus(documents: count, seed: seed)
    var answers = "source\ttarget\trelation\tdate\tvia_footnote\n"
    for index in 0..<count {
      let document = corpus.document(at: index)
      try Data(document.text.utf8).write(to: folder.appendingPathComponent(document.name), options: .atomic)
      for citation in document.citations {
        answers +=
          "\(document.symbol)\t\(citation.target)\t\(citation.relation.rawValue)\t\(citation.date?.iso ?? "")\t"
          + "\(citation.viaFootnote)\n"
      }
    }
    try Data(answers.utf8).write(to: folder.appendingPathComponent("citations.tsv"), options: .atomic)
  }
}
