/// Findings as a compiler prints diagnostics: `file:line:column: error: [CG201] message`, one per line.
public struct TextReporter: CheckReporter {
  public init() {}

  public func render(_ report: CheckReport) -> String {
    report.findings.map { $0.formatted + "\n" }.joined()
  }
}
