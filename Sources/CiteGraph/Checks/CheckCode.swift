/// The stable codes of the findings `citegraph check` adds to the resolver's own (`CG1xx`).
///
/// Codes never change meaning once published: baselines, `--ignore` lists and code-scanning alerts
/// refer to them.
public enum CheckCode: String, CaseIterable, Sendable, Codable {
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

  /// The code as printed: `CG201`.
  public var code: String { rawValue }

  /// How serious the finding is unless a finding says otherwise.
  public var severity: Finding.Severity {
    switch self {
    case .danglingReference, .dateMismatch, .outOfTime, .duplicateDocument: .error
    case .sameDayCitation, .selfCitation: .warning
    case .unverifiedReference: .note
    }
  }

  /// The rule as reporters describe it.
  public var rule: FindingRule {
    switch self {
    case .danglingReference:
      FindingRule(
        id: rawValue, name: "dangling-reference", summary: "dangling reference",
        help: "the cited symbol is neither in the checked texts nor in a registry that covers its range; "
          + "check the number, session and part letter", severity: severity)
    case .unverifiedReference:
      FindingRule(
        id: rawValue, name: "unverified-reference", summary: "unverified reference",
        help: "no registry covers the cited symbol's range, so it cannot be verified; "
          + "pass a registry that covers it with --registry", severity: severity)
    case .dateMismatch:
      FindingRule(
        id: rawValue, name: "date-mismatch", summary: "date mismatch",
        help: "the date written with the reference is not the cited document's adoption date; correct the date",
        severity: severity)
    case .outOfTime:
      FindingRule(
        id: rawValue, name: "out-of-time", summary: "out-of-time reference",
        help: "the cited document was adopted after the citing text, which cannot cite it; check the number",
        severity: severity)
    case .sameDayCitation:
      FindingRule(
        id: rawValue, name: "same-day-citation", summary: "same-day citation",
        help: "the cited document was adopted on the same day as the citing text; make sure it came first",
        severity: severity)
    case .selfCitation:
      FindingRule(
        id: rawValue, name: "self-citation", summary: "self-citation",
        help: "the text cites its own symbol; check the number", severity: severity)
    case .duplicateDocument:
      FindingRule(
        id: rawValue, name: "duplicate-document", summary: "duplicate document",
        help: "two files claim the same symbol; remove the duplicate or correct the symbol in its heading",
        severity: severity)
    }
  }
}
