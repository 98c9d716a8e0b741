extension FindingCode {
  /// The rule as reporters describe it: a few words, and what the finding means and what to do.
  public var rule: FindingRule {
    let (summary, help): (String, String) =
      switch self {
      case .brokenReference:
        (
          "broken reference",
          "a date or list fragment has no resolvable number; restore the missing symbol"
        )
      case .dateInconsistent:
        (
          "session/date inconsistency",
          "the written date cannot belong to the symbol's session or year; check the number and the date"
        )
      case .unknownIdentity:
        (
          "unknown identity",
          "the document's own symbol was not found in its heading; its references have no source"
        )
      case .danglingReference:
        (
          "dangling reference",
          "the cited symbol is neither in the checked texts nor in a registry that covers its range; "
            + "check the number, its session or year, and any part letter"
        )
      case .unverifiedReference:
        (
          "unverified reference",
          "no registry covers the cited symbol's range, so it cannot be verified; "
            + "pass a registry that covers it with --registry"
        )
      case .dateMismatch:
        (
          "date mismatch",
          "the date written with the reference is not the cited document's adoption date; correct the date"
        )
      case .outOfTime:
        (
          "out-of-time reference",
          "the cited document was adopted after the citing text, which cannot cite it; check the number"
        )
      case .sameDayCitation:
        (
          "same-day citation",
          "the cited document was adopted on the same day as the citing text; make sure it came first"
        )
      case .selfCitation:
        ("self-citation", "the text cites its own symbol; check the number")
      case .duplicateDocument:
        (
          "duplicate document",
          "two files claim the same symbol; remove the duplicate or correct the symbol in its heading"
        )
      }
    return FindingRule(id: rawValue, name: name, summary: summary, help: help, severity: severity)
  }
}
