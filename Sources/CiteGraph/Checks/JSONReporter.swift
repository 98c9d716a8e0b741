import Foundation

/// The report as one JSON object: `documents`, `findings` (code, severity, file, line, column, offset,
/// length, target, text, message), `failures`, `baselined` and `summary` (counts by severity and code).
public struct JSONReporter: CheckReporter {
  public init() {}

  public func render(_ report: CheckReport) -> String {
    let output = Output(
      documents: report.documents,
      findings: report.findings.map {
        .init(
          code: $0.code, severity: $0.severity.rawValue, file: $0.location.file, line: $0.location.line,
          column: $0.location.column, offset: $0.location.offset, length: $0.location.length,
          target: $0.target?.canonical, text: $0.text, message: $0.message)
      },
      failures: report.failures.map { .init(file: $0.file, message: $0.message) },
      baselined: report.baselined,
      summary: .init(
        errors: report.count(.error), warnings: report.count(.warning), notes: report.count(.note),
        byCode: Dictionary(uniqueKeysWithValues: report.countsByCode.map { ($0.code, $0.count) })))
    return String(decoding: JSONText.encoded(output, pretty: true), as: UTF8.self) + "\n"
  }

  private struct Output: Encodable {
    struct Item: Encodable {
      var code, severity, file: String
      var line, column, offset, length: Int
      var target: String?
      var text, message: String

      func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(severity, forKey: .severity)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encode(offset, forKey: .offset)
        try container.encode(length, forKey: .length)
        // An explicit null says "no target" rather than leaving readers to guess.
        try container.encode(target, forKey: .target)
        try container.encode(text, forKey: .text)
        try container.encode(message, forKey: .message)
      }

      enum CodingKeys: String, CodingKey {
        case code, severity, file, line, column, offset, length, target, text, message
      }
    }
    struct Failure: Encodable { var file, message: String }
    struct Summary: Encodable {
      var errors, warnings, notes: Int
      var byCode: [String: Int]
    }
    var documents: [String]
    var findings: [Item]
    var failures: [Failure]
    var baselined: Int
    var summary: Summary
  }
}
