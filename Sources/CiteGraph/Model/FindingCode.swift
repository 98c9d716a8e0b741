/// The stable codes of findings, with their default severity: resolver findings are `CG1xx`, those
/// `citegraph check` adds are `CG2xx`.
public enum FindingCode: String, CaseIterable, Sendable {
  /// A date or list fragment with no resolvable number ("69/239 of 19 December 2014 22 December 2015").
  case brokenReference = "CG101"
  /// A written date that cannot belong to the symbol's session or year.
  case dateInconsistent = "CG102"
  /// The document's own symbol was not found.
  case unknownIdentity = "CG103"
  /// The target is neither in the checked corpus nor in a registry that covers its range.
  case danglingReference = "CG201"
  /// No registry covers the target's range, so its existence cannot be verified.
  case unverifiedReference = "CG202"
  /// The date written with the mention differs from the target's known adoption date.
  case dateMismatch = "CG203"
  /// The target was adopted after the citing text.
  case outOfTime = "CG204"
  /// The target was adopted on the same day as the citing text.
  case sameDayCitation = "CG205"
  /// The text cites its own symbol.
  case selfCitation = "CG206"
  /// Two files claim the same symbol.
  case duplicateDocument = "CG207"

  /// The severity a finding of this code has unless configured otherwise.
  public var severity: Finding.Severity {
    switch self {
    case .brokenReference: .warning
    case .dateInconsistent: .warning
    case .unknownIdentity: .warning
    case .danglingReference, .dateMismatch, .outOfTime, .duplicateDocument: .error
    case .sameDayCitation, .selfCitation: .warning
    case .unverifiedReference: .note
    }
  }

  /// A short name for listings and `--ignore` help.
  public var name: String {
    switch self {
    case .brokenReference: "broken-reference"
    case .dateInconsistent: "date-inconsistent"
    case .unknownIdentity: "unknown-identity"
    case .danglingReference: "dangling-reference"
    case .unverifiedReference: "unverified-reference"
    case .dateMismatch: "date-mismatch"
    case .outOfTime: "out-of-time"
    case .sameDayCitation: "same-day-citation"
    case .selfCitation: "self-citation"
    case .duplicateDocument: "duplicate-document"
    }
  }
}
