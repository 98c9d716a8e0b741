import Foundation

/// The report as a SARIF 2.1.0 log, the format GitHub code scanning reads to show findings on lines.
///
/// One run; the driver lists every rule `check` knows plus any other code the findings carry; each
/// result names its rule, level, message, and a physical location relative to the working directory
/// (`uriBaseId` `%SRCROOT%`), with line, column in Unicode code points, byte range and the mention as
/// snippet. Files that could not be read become tool execution notifications of a failed invocation.
/// Follows the OASIS SARIF 2.1.0 specification (sections 3.13–3.30).
public struct SARIFReporter: CheckReporter {
  /// The absolute working directory, which locations are relative to.
  public var workingDirectory: String
  /// The version the driver reports.
  public var toolVersion: String

  /// The JSON schema the log declares.
  public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

  public init(workingDirectory: String, toolVersion: String) {
    self.workingDirectory = workingDirectory
    self.toolVersion = toolVersion
  }

  public func render(_ report: CheckReport) -> String {
    var rules = FindingRule.all
    var ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
    for finding in report.findings where ruleIndex[finding.code] == nil {
      ruleIndex[finding.code] = rules.count
      rules.append(FindingRule.rule(for: finding.code, severity: finding.severity))
    }
    let results = report.findings.map { finding in
      Log.Result(
        ruleId: finding.code, ruleIndex: ruleIndex[finding.code] ?? 0, level: Self.level(finding.severity),
        message: .init(text: finding.message), locations: [location(finding.location, snippet: finding.text)],
        partialFingerprints: [
          "citegraphFingerprint/v1": FindingFingerprint(finding, relativeTo: workingDirectory).digest
        ])
    }
    let notifications = report.failures.map { failure in
      Log.Notification(
        level: "error", message: .init(text: failure.message),
        locations: [.init(physicalLocation: .init(artifactLocation: artifact(failure.file), region: nil))])
    }
    let root = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
    let log = Log(
      schema: Self.schema, version: "2.1.0",
      runs: [
        .init(
          tool: .init(
            driver: .init(
              name: "citegraph", version: toolVersion, semanticVersion: toolVersion,
              rules: rules.map {
                .init(
                  id: $0.id, name: $0.name, shortDescription: .init(text: $0.summary),
                  fullDescription: .init(text: $0.help), help: .init(text: $0.help),
                  defaultConfiguration: .init(level: Self.level($0.severity)))
              })),
          originalUriBaseIds: ["%SRCROOT%": .init(uri: Self.fileURI(root))],
          invocations: [.init(executionSuccessful: report.failures.isEmpty, toolExecutionNotifications: notifications)],
          columnKind: "unicodeCodePoints", results: results)
      ])
    return String(decoding: JSONText.encoded(log, pretty: true), as: UTF8.self) + "\n"
  }

  /// SARIF's level for a severity (`note`, `warning`, `error` are SARIF's own names).
  static func level(_ severity: Finding.Severity) -> String { severity.rawValue }

  private func location(_ location: SourceLocation, snippet: String) -> Log.Location {
    .init(
      physicalLocation: .init(
        artifactLocation: artifact(location.file),
        region: .init(
          startLine: location.line, startColumn: location.column, byteOffset: location.offset,
          byteLength: location.length, snippet: snippet.isEmpty ? nil : .init(text: snippet))))
  }

  private func artifact(_ file: String) -> Log.ArtifactLocation {
    let relative = ReportPath.relative(file, to: workingDirectory)
    if relative.hasPrefix("/") { return .init(uri: Self.fileURI(relative), uriBaseId: nil) }
    return .init(uri: Self.percentEncode(relative), uriBaseId: "%SRCROOT%")
  }

  static func fileURI(_ absolutePath: String) -> String { "file://" + percentEncode(absolutePath) }

  /// Percent-encodes what a URI path may not hold (RFC 3986 `pchar` plus `/`).
  static func percentEncode(_ path: String) -> String {
    let allowed = CharacterSet(
      charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/")
    return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
  }

  /// The subset of the SARIF 2.1.0 object model `check` writes.
  private struct Log: Encodable {
    struct Message: Encodable { var text: String }
    struct ArtifactLocation: Encodable {
      var uri: String
      var uriBaseId: String?
    }
    struct Region: Encodable {
      var startLine, startColumn, byteOffset, byteLength: Int
      var snippet: Message?
    }
    struct PhysicalLocation: Encodable {
      var artifactLocation: ArtifactLocation
      var region: Region?
    }
    struct Location: Encodable { var physicalLocation: PhysicalLocation }
    struct Result: Encodable {
      var ruleId: String
      var ruleIndex: Int
      var level: String
      var message: Message
      var locations: [Location]
      var partialFingerprints: [String: String]
    }
    struct Notification: Encodable {
      var level: String
      var message: Message
      var locations: [Location]
    }
    struct Invocation: Encodable {
      var executionSuccessful: Bool
      var toolExecutionNotifications: [Notification]
    }
    struct Configuration: Encodable { var level: String }
    struct Rule: Encodable {
      var id, name: String
      var shortDescription, fullDescription, help: Message
      var defaultConfiguration: Configuration
    }
    struct Driver: Encodable {
      var name, version, semanticVersion: String
      var rules: [Rule]
    }
    struct Tool: Encodable { var driver: Driver }
    struct BaseURI: Encodable { var uri: String }
    struct Run: Encodable {
      var tool: Tool
      var originalUriBaseIds: [String: BaseURI]
      var invocations: [Invocation]
      var columnKind: String
      var results: [Result]
    }
    var schema: String
    var version: String
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
      case schema = "$schema"
      case version, runs
    }
  }
}
