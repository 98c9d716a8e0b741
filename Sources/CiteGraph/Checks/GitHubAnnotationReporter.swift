/// The report as GitHub Actions workflow commands, which the runner turns into annotations on the lines:
/// `::error file=texts/a.txt,line=12,col=5,title=CG201 dangling reference::message`.
///
/// Errors, warnings and notes map to `error`, `warning` and `notice`. Escaping follows GitHub's
/// documented rules: in the message `%`, CR and LF become `%25`, `%0D`, `%0A`; in property values `:` and
/// `,` also become `%3A` and `%2C`.
public struct GitHubAnnotationReporter: CheckReporter {
  /// The working directory, which file paths are made relative to (the repository root in a workflow).
  public var workingDirectory: String

  public init(workingDirectory: String) {
    self.workingDirectory = workingDirectory
  }

  public func render(_ report: CheckReport) -> String {
    var lines: [String] = []
    for failure in report.failures {
      let properties = [
        ("file", ReportPath.relative(failure.file, to: workingDirectory)), ("title", "unreadable file"),
      ]
      lines.append(Self.command("error", properties: properties, message: failure.message))
    }
    for finding in report.findings {
      let rule = FindingRule.rule(for: finding.code, severity: finding.severity)
      let properties = [
        ("file", ReportPath.relative(finding.location.file, to: workingDirectory)),
        ("line", String(finding.location.line)), ("col", String(finding.location.column)),
        ("title", "\(finding.code) \(rule.summary)"),
      ]
      lines.append(Self.command(Self.command(for: finding.severity), properties: properties, message: finding.message))
    }
    return lines.map { $0 + "\n" }.joined()
  }

  /// The workflow command for a severity.
  static func command(for severity: Finding.Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .note: "notice"
    }
  }

  static func command(_ name: String, properties: [(String, String)], message: String) -> String {
    let list = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
    return "::\(name) \(list)::\(escapeData(message))"
  }

  /// Escapes a message: `%`, CR, LF.
  static func escapeData(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "%": escaped += "%25"
      case "\r": escaped += "%0D"
      case "\n": escaped += "%0A"
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }

  /// Escapes a property value: as a message, plus `:` and `,`.
  static func escapeProperty(_ text: String) -> String {
    var escaped = ""
    for scalar in escapeData(text).unicodeScalars {
      switch scalar {
      case ":": escaped += "%3A"
      case ",": escaped += "%2C"
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }
}
