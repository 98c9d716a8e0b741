import CiteGraph
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite("Check reporters")
struct ReporterTests {
  /// A report whose texts hold every character the formats must escape.
  static func report() throws -> CheckReport {
    let awkward = "texts/odd, name: 1.txt"
    return CheckReport(
      documents: ["texts/a.txt", awkward, "texts/clean.txt"],
      findings: [
        Finding(
          code: "CG201", severity: .error,
          location: SourceLocation(file: "texts/a.txt", line: 12, column: 5, offset: 300, length: 17),
          message: "A/RES/78/999 does not exist; check the number", text: "resolution 78/999",
          target: try Fixture.symbol("78/999")),
        Finding(
          code: "CG203", severity: .error,
          location: SourceLocation(file: awkward, line: 3, column: 1, offset: 20, length: 30),
          message: "100% wrong: <date> & \"quotes\" 'here'\nsecond line\r\u{1}end",
          text: "resolution 78/1 of 1 May 2023", target: try Fixture.symbol("78/1")),
        Finding(
          code: "CG205", severity: .warning,
          location: SourceLocation(file: "texts/a.txt", line: 20, column: 9, offset: 800, length: 10),
          message: "same day", text: "78/9", target: try Fixture.symbol("78/9")),
        Finding(
          code: "CG104", severity: .note,
          location: SourceLocation(file: "texts/a.txt", line: 30, column: 2, offset: 900, length: 4),
          message: "from the resolver"),
      ],
      failures: [.init(file: "texts/bad.txt", message: "texts/bad.txt: binary file, not text")])
  }

  @Test("text lines read like compiler diagnostics")
  func text() throws {
    let output = TextReporter().render(try Self.report())
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.first == "texts/a.txt:12:5: error: [CG201] A/RES/78/999 does not exist; check the number")
    #expect(lines.filter { $0.contains(": warning: [CG205] same day") }.count == 1)
  }

  @Test("the summary counts findings by severity and by code")
  func summary() throws {
    let output = SummaryReporter().render(try Self.report())
    #expect(output.hasPrefix("checked 3 documents: 2 errors, 1 warning, 1 note; 1 file could not be read\n"))
    let codeLines = output.split(separator: "\n").dropFirst().map { $0.split(separator: " ").first.map(String.init) }
    #expect(codeLines == ["CG104", "CG201", "CG203", "CG205"])
    #expect(output.contains("CG201 dangling reference"))
  }

  @Test("JSON output parses and carries every finding with its location")
  func json() throws {
    let output = JSONReporter().render(try Self.report())
    let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    let findings = try #require(object["findings"] as? [[String: Any]])
    #expect(findings.count == 4)
    #expect(findings.first?["file"] as? String == "texts/a.txt")
    #expect(findings.first?["line"] as? Int == 12)
    #expect(findings.first?["target"] as? String == "A/RES/78/999")
    #expect(findings.first { $0["code"] as? String == "CG104" }?["target"] is NSNull)
    let summary = try #require(object["summary"] as? [String: Any])
    #expect(summary["errors"] as? Int == 2)
    #expect((summary["byCode"] as? [String: Int])?["CG203"] == 1)
  }

  @Test("SARIF has the structure 2.1.0 requires, and locations relative to the working directory")
  func sarif() throws {
    var report = try Self.report()
    var absolute = report.findings[0]
    absolute.location.file = "/work/texts/a.txt"
    report.findings.append(absolute)
    let output = SARIFReporter(workingDirectory: "/work", toolVersion: "0.1.0").render(report)
    let log = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    #expect(log["version"] as? String == "2.1.0")
    #expect((log["$schema"] as? String)?.contains("sarif") == true)
    let runs = try #require(log["runs"] as? [[String: Any]])
    #expect(runs.count == 1)
    let run = runs[0]
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    #expect(driver["name"] as? String == "citegraph")
    let rules = try #require(driver["rules"] as? [[String: Any]])
    let ruleIDs = rules.compactMap { $0["id"] as? String }
    #expect(ruleIDs.count == rules.count && Set(ruleIDs).count == rules.count)
    for rule in rules {
      #expect(((rule["shortDescription"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
    }
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.count == 5)
    for result in results {
      let ruleID = try #require(result["ruleId"] as? String)
      let index = try #require(result["ruleIndex"] as? Int)
      #expect(ruleIDs.indices.contains(index) && ruleIDs[index] == ruleID)
      #expect(["none", "note", "warning", "error"].contains(result["level"] as? String ?? ""))
      #expect(((result["message"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
      let locations = try #require(result["locations"] as? [[String: Any]])
      let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
      let uri = try #require((physical["artifactLocation"] as? [String: Any])?["uri"] as? String)
      #expect(!uri.hasPrefix("/") && URL(string: uri) != nil)
      let region = try #require(physical["region"] as? [String: Any])
      #expect((region["startLine"] as? Int ?? 0) >= 1)
      #expect((region["startColumn"] as? Int ?? 0) >= 1)
    }
    let uris = results.compactMap {
      (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]).flatMap {
        ($0["artifactLocation"] as? [String: Any])?["uri"] as? String
      }
    }
    // The absolute /work/texts/a.txt is reported relative to /work, and the awkward name is percent-encoded.
    #expect(uris.filter { $0 == "texts/a.txt" }.count == 4)
    #expect(uris.contains("texts/odd,%20name:%201.txt"))
    let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
    #expect(invocation["executionSuccessful"] as? Bool == false)
  }

  @Test("GitHub annotation lines match the documented workflow command syntax and unescape to the originals")
  func github() throws {
    let report = try Self.report()
    let output = GitHubAnnotationReporter(workingDirectory: "/work").render(report)
    let lines = output.split(separator: "\n").map(String.init)
    #expect(lines.count == report.findings.count + report.failures.count)
    let syntax = try Regex(
      #"^::(error|warning|notice) file=[^,:\r\n]+(,line=[0-9]+)?(,col=[0-9]+)?(,title=[^,:\r\n]+)?::[^\r\n]*$"#)
    for line in lines {
      #expect(line.wholeMatch(of: syntax) != nil, "\(line)")
    }
    func unescape(_ text: Substring) -> String {
      String(text).replacing("%3A", with: ":").replacing("%2C", with: ",").replacing("%0D", with: "\r")
        .replacing("%0A", with: "\n").replacing("%25", with: "%")
    }
    let awkward = try #require(lines.first { $0.contains("CG203") })
    let fileValue = try #require(awkward.firstMatch(of: /file=([^,]+),/)?.1)
    #expect(unescape(fileValue) == "texts/odd, name: 1.txt")
    let message = try #require(awkward.split(separator: "::", maxSplits: 2).last)
    #expect(unescape(message) == report.findings.first { $0.code == "CG203" }?.message)
    #expect(lines.contains { $0.hasPrefix("::notice file=texts/a.txt,line=30,col=2,") })
  }

  @Test("JUnit XML parses, with one test case per document and failures for errors")
  func junit() throws {
    let report = try Self.report()
    for strict in [false, true] {
      let output = JUnitReporter(strict: strict).render(report)
      let document = try XMLDocument(data: Data(output.utf8))
      let root = try #require(document.rootElement())
      #expect(root.name == "testsuites")
      let cases = try root.nodes(forXPath: "//testcase").compactMap { $0 as? XMLElement }
      #expect(cases.count == report.documents.count + report.failures.count)
      let failed = cases.filter { !$0.elements(forName: "failure").isEmpty }.compactMap {
        $0.attribute(forName: "name")?.stringValue
      }
      // Without --strict only errors fail (a.txt, the awkward file); with it the warning of a.txt adds nothing new.
      #expect(Set(failed) == ["texts/a.txt", "texts/odd, name: 1.txt"])
      let errored = cases.filter { !$0.elements(forName: "error").isEmpty }
      #expect(errored.map { $0.attribute(forName: "name")?.stringValue } == ["texts/bad.txt"])
      let awkward = try #require(cases.first { $0.attribute(forName: "name")?.stringValue == "texts/odd, name: 1.txt" })
      let message = awkward.elements(forName: "failure").first?.attribute(forName: "message")?.stringValue
      // XML cannot hold U+0001, so it is dropped; everything else comes back as written.
      #expect(message == "100% wrong: <date> & \"quotes\" 'here'\nsecond line\rend")
      #expect(root.attribute(forName: "failures")?.stringValue == "2")
    }
  }
}
