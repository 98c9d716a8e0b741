/// What a finding code means, as SARIF rules, JUnit and summaries describe it.
public struct FindingRule: Hashable, Sendable {
  /// The stable code: `CG201`.
  public var id: String
  /// A short kebab-case name: `dangling-reference`.
  public var name: String
  /// A few words: `dangling reference`.
  public var summary: String
  /// What the finding means and what to do about it.
  public var help: String
  /// The severity findings of this code have unless they say otherwise.
  public var severity: Finding.Severity

  public init(id: String, name: String, summary: String, help: String, severity: Finding.Severity) {
    self.id = id
    self.name = name
    self.summary = summary
    self.help = help
    self.severity = severity
  }

  /// Every rule `citegraph check` knows, in code order.
  public static var all: [FindingRule] { FindingCode.allCases.map(\.rule) }

  /// The rule of `code`; a code from elsewhere gets a rule that only names it.
  public static func rule(for code: String, severity: Finding.Severity = .warning) -> FindingRule {
    if let known = FindingCode(rawValue: code) { return known.rule }
    return FindingRule(id: code, name: code.lowercased(), summary: code, help: code, severity: severity)
  }
}
