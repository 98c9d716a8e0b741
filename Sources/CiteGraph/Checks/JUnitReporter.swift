/// The report as JUnit XML, which CI systems show as a test report: one test case per document, failed
/// by its error findings (and warnings, when `strict`); a file that could not be read is a test case in
/// error. Findings that do not fail are listed in the case's `system-out`.
public struct JUnitReporter: CheckReporter {
  /// Whether warnings fail a document too.
  public var strict: Bool

  public init(strict: Bool) {
    self.strict = strict
  }

  public func render(_ report: CheckReport) -> String {
    var byFile: [String: [Finding]] = [:]
    for finding in report.findings { byFile[finding.location.file, default: []].append(finding) }
    var files = report.documents
    var seen = Set(files)
    for file in report.findings.map(\.location.file) where seen.insert(file).inserted { files.append(file) }

    var cases: [String] = []
    var failures = 0
    for file in files {
      let findings = byFile[file] ?? []
      let failing = findings.filter { CheckReport.fails($0, strict: strict) }
      let passing = findings.filter { !CheckReport.fails($0, strict: strict) }
      var body = ""
      if !failing.isEmpty {
        failures += 1
        let codes = Array(Set(failing.map(\.code))).sorted().joined(separator: ",")
        let message = failing.count == 1 ? failing[0].message : "\(failing.count) findings: \(codes)"
        body += "      <failure type=\"\(XMLText.escaped(codes))\" message=\"\(XMLText.escaped(message))\">"
        body += XMLText.escaped(failing.map(\.formatted).joined(separator: "\n")) + "</failure>\n"
      }
      if !passing.isEmpty {
        body +=
          "      <system-out>" + XMLText.escaped(passing.map(\.formatted).joined(separator: "\n")) + "</system-out>\n"
      }
      cases.append(Self.testCase(file, body: body))
    }
    for failure in report.failures {
      let body =
        "      <error type=\"unreadable\" message=\"\(XMLText.escaped(failure.message))\">"
        + XMLText.escaped("\(failure.file): error: \(failure.message)") + "</error>\n"
      cases.append(Self.testCase(failure.file, body: body))
    }
    let counts =
      "tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"\(report.failures.count)\" skipped=\"0\""
    return """
      <?xml version="1.0" encoding="UTF-8"?>
      <testsuites name="citegraph check" \(counts)>
        <testsuite name="citegraph check" \(counts)>

      """ + cases.joined() + """
          </testsuite>
        </testsuites>

        """
  }

  private static func testCase(_ file: String, body: String) -> String {
    let open =
      "    <testcase classname=\"citegraph.check\" name=\"\(XMLText.escaped(file))\" file=\"\(XMLText.escaped(file))\""
    return body.isEmpty ? open + "/>\n" : open + ">\n" + body + "    </testcase>\n"
  }
}
