/// One text after resolution: its identity, every reference it makes, and the problems seen on the way.
public struct ResolvedDocument: Sendable {
  /// The path as the user gave it.
  public var file: String
  /// Who the document is.
  public var identity: DocumentIdentity
  /// Every reference mention, in the order of the text (footnote mentions where the footnote stands).
  public var references: [Reference]
  /// Problems in the text: broken fragments, dates that do not fit their symbol, a missing identity.
  public var findings: [Finding]

  public init(file: String, identity: DocumentIdentity, references: [Reference], findings: [Finding] = []) {
    self.file = file
    self.identity = identity
    self.references = references
    self.findings = findings
  }
}
