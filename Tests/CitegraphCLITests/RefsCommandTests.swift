import Foundation
import Testing

@Suite("citegraph refs")
struct RefsCommandTests {
  /// A scratch directory with the given files, removed after `body`.
  func withFiles(_ files: [String: [UInt8]], _ body: (URL) throws -> Void) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("refs-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    for (name, bytes) in files { try Data(bytes).write(to: directory.appendingPathComponent(name)) }
    try body(directory)
  }

  static let resolution = Array(
    """
    Resolution 1234 (1999)
    of 3 May 1999

    The Security Council,

    Recalling its resolution 1000 (1995) of 23 June 1995 and General Assembly resolution 70/1,

    1. Welcomes resolution 69/239 of 19 December 2014 22 December 2015;

    """.utf8)

  @Test("jsonl: one object per mention with exactly the contract's keys")
  func jsonl() throws {
    try withFiles(["s.txt": Self.resolution]) { directory in
      let file = directory.appendingPathComponent("s.txt").path
      let output = try CLIRunner.run(["refs", file, "--format", "jsonl"])
      #expect(output.status == 0)
      let lines = output.stdout.split(separator: "\n")
      #expect(lines.count == 3)
      let objects = try lines.map {
        try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
      }
      for object in objects {
        #expect(Set(object.keys) == ["source", "target", "relation", "file", "line", "column", "text", "date"])
        #expect(object["source"] as? String == "S/RES/1234(1999)")
        #expect(object["file"] as? String == file)
      }
      #expect(objects.map { $0["target"] as? String } == ["S/RES/1000(1995)", "A/RES/70/1", "A/RES/69/239"])
      #expect(objects.map { $0["relation"] as? String } == ["recalls", "recalls", "welcomes"])
      #expect(objects.map { $0["line"] as? Int } == [6, 6, 8])
      #expect(objects.map { $0["column"] as? Int } == [26, 86, 24])
      #expect(objects[0]["date"] as? String == "1995-06-23")
      #expect(objects[1]["date"] is NSNull)
      #expect(objects[0]["text"] as? String == "1000 (1995) of 23 June 1995")
      #expect(output.stderr.contains("\(file):8:51: warning: [CG101]"))
    }
  }

  @Test("json is an array of the same objects; text reads like compiler output")
  func jsonAndText() throws {
    try withFiles(["s.txt": Self.resolution]) { directory in
      let file = directory.appendingPathComponent("s.txt").path
      let json = try CLIRunner.run(["refs", file, "--format", "json"])
      #expect(json.status == 0)
      let array = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
      #expect(array.count == 3)
      let text = try CLIRunner.run(["refs", file])
      #expect(text.status == 0)
      #expect(
        text.stdout.split(separator: "\n").first
          == "\(file):6:26: recalls S/RES/1000(1995)  \"1000 (1995) of 23 June 1995\"")
    }
  }

  @Test("bad files are reported, the others still processed, exit 65 for bad data and 66 for a missing path")
  func badInput() throws {
    try withFiles([
      "a.txt": Self.resolution, "binary.txt": [0x41, 0x00, 0x42], "latin1.txt": [0x41, 0xE9, 0x42], "empty.txt": [],
    ]) { directory in
      let output = try CLIRunner.run(["refs", directory.path, "--format", "jsonl"])
      #expect(output.status == 65)
      #expect(output.stdout.split(separator: "\n").count == 3)
      #expect(output.stderr.contains("binary.txt: binary file"))
      #expect(output.stderr.contains("latin1.txt: not valid UTF-8 (first bad byte at offset 1)"))
      #expect(output.stderr.contains("empty.txt: empty file"))
      let missing = directory.appendingPathComponent("missing.txt").path
      let both = try CLIRunner.run(["refs", missing, directory.appendingPathComponent("a.txt").path])
      #expect(both.status == 66)
      #expect(both.stderr.contains("missing.txt: no such file or directory"))
      #expect(both.stdout.split(separator: "\n").count == 3)
    }
  }

  @Test("an unknown format is a usage error")
  func usage() throws {
    let output = try CLIRunner.run(["refs", "x.txt", "--format", "xml"])
    #expect(output.status == 64)
  }
}
