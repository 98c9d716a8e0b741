import Foundation

/// Graph files written by hand for the command-line tests, in a fresh temporary folder.
struct CLIFixtures {
  let directory: URL

  init() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-fixture-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  /// Writes `text` to `name` in the folder and returns its path.
  func write(_ name: String, _ text: String) throws -> String {
    let url = directory.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  /// A small graph in citegraph's format: 71/244 reaffirms and welcomes 64/222 and reaffirms 33/134;
  /// 64/222 recalls 33/134; 1325 (2000) cites nothing and is cited by nothing.
  func lineageGraph() throws -> String {
    try write(
      "lineage.citegraph",
      """
      citegraph-graph 1
      file\t0\tseed.md
      node\tA/RES/33/134\t1978-12-19\t-\tBuenos Aires Plan of Action
      node\tA/RES/64/222\t2009-12-21\t-\tNairobi outcome
      node\tA/RES/64/223\t2009-12-21\t-\t-
      node\tA/RES/71/244\t2016-12-21\ttext\tSouth-South cooperation
      node\tS/RES/1325(2000)\t2000-10-31\t-\tWomen and peace and security
      edge\tA/RES/64/222\tA/RES/33/134\trecalls\t1\t-
      edge\tA/RES/71/244\tA/RES/33/134\treaffirms\t1\t0:3:4
      edge\tA/RES/71/244\tA/RES/64/222\treaffirms,welcomes\t2\t0:1:1

      """)
  }

  func remove() {
    try? FileManager.default.removeItem(at: directory)
  }
}
