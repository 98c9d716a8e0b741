/// The outcome of a check: the documents read, the findings to report, and the files that could not
/// be read.
public struct CheckReport: Sendable {
  /// A file that could not be checked, with the reason.
  public struct InputFailure: Hashable, Sendable {
    /// The path as the user gave it.
    public var file: String
    /// Why it could not be checked, in lower case.
    public var message: String

    public init(file: String, message: String) {
      self.file = file
      self.message = message
    }
  }

  /// Every document that was read and checked, as the user gave its path, in order.
  public var documents: [String]
  /// The findings left after `--ignore` and the baseline, sorted.
  public var findings: [Finding]
  /// Files that could not be read.
  public var failures: [InputFailure]
  /// How many findings the baseline held back.
  public var baselined: Int

  public init(documents: [String], findings: [Finding], failures: [InputFailure] = [], baselined: Int = 0) {
    self.documents = documents
    self.findings = findings.sorted()
    self.failures = failures
    self.baselined = baselined
  }

  /// The number of findings of each severity.
  public func count(_ severity: Finding.Severity) -> Int {
    findings.count { $0.severity == severity }
  }

  /// The number of findings of each code, in code order.
  public var countsByCode: [(code: String, count: Int)] {
    Dictionary(grouping: findings, by: \.code).map { ($0.key, $0.value.count) }.sorted { $0.code < $1.code }
  }

  /// Whether a finding fails the check: errors, and warnings too when `strict`.
  public static func fails(_ finding: Finding, strict: Bool) -> Bool {
    finding.severity == .error || (strict && finding.severity == .warning)
  }

  /// Whether any finding fails the check.
  public func failed(strict: Bool) -> Bool {
    findings.contains { Self.fails($0, strict: strict) }
  }
}
