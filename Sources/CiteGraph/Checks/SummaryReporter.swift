/// The closing summary for people (printed on standard error): documents checked, findings by
/// severity, and counts by code.
public struct SummaryReporter: CheckReporter {
  public init() {}

  public func render(_ report: CheckReport) -> String {
    func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
    var line = "checked \(plural(report.documents.count, "document")): "
    line += [
      plural(report.count(.error), "error"), plural(report.count(.warning), "warning"),
      plural(report.count(.note), "note"),
    ].joined(separator: ", ")
    if report.baselined > 0 { line += " (\(report.baselined) more in the baseline)" }
    if !report.failures.isEmpty { line += "; \(plural(report.failures.count, "file")) could not be read" }
    var lines = [line]
    let width = FindingRule.all.map(\.summary.count).max() ?? 0
    for (code, count) in report.countsByCode {
      let summary = FindingRule.rule(for: code).summary
      lines.append("  \(code) \(summary)\(String(repeating: " ", count: max(0, width - summary.count)))  \(count)")
    }
    return lines.map { $0 + "\n" }.joined()
  }
}
