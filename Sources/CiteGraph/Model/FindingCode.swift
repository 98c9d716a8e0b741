/// The stable codes of findings, with their default severity: resolver findings are `CG1xx`.
public enum FindingCode: String, CaseIterable, Sendable {
  /// A date or list fragment with no resolvable number ("69/239 of 19 December 2014 22 December 2015").
  case brokenReference = "CG101"
  /// A written date that cannot belong to the symbol's session or year.
  case dateInconsistent = "CG102"
  /// The document's own symbol was not found.
  case unknownIdentity = "CG103"

  /// The severity a finding of this code has unless configured otherwise.
  public var severity: Finding.Severity {
    switch self {
    case .brokenReference: .warning
    case .dateInconsistent: .warning
    case .unknownIdentity: .warning
    }
  }

  /// A short name for listings and `--ignore` help.
  public var name: String {
    switch self {
    case .brokenReference: "broken-reference"
    case .dateInconsistent: "date-inconsistent"
    case .unknownIdentity: "unknown-identity"
    }
  }
}
