import Foundation
import Testing

@Suite("citegraph command")
struct RootCommandTests {
  @Test("--version prints the version and exits 0")
  func version() throws {
    let output = try CLIRunner.run(["--version"])
    #expect(output.status == 0)
    #expect(output.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
  }

  @Test("--help names the tool and its purpose")
  func help() throws {
    let output = try CLIRunner.run(["--help"])
    #expect(output.status == 0)
    #expect(output.stdout.contains("USAGE: citegraph"))
    #expect(output.stdout.contains("United Nations"))
  }

  @Test("an unknown option is a usage error (exit 64)")
  func usage() throws {
    let output = try CLIRunner.run(["--no-such-option"])
    #expect(output.status == 64)
    #expect(output.stderr.contains("--no-such-option"))
  }
}
