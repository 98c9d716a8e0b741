/// Resolves every reference a ``Document`` makes to a resolution or decision: its canonical target,
/// its relation (the governing verb of the paragraph holding it, or holding a footnote's marker),
/// its written date and its place in the original file.
///
/// Follows the reference-list reading of citation extractors such as eyecite (cheap candidate
/// detection, then local parsing of the list around each keyword), on UTF-8 bytes.
public struct ReferenceExtractor: Sendable {
  /// The longest run of text between two members of one list ("57/270 B of 23 June 2003, 60/212").
  public var maximumGap = 250

  public init() {}

  /// Resolves `document`.
  ///
  /// - Complexity: O(*n*) in the document's bytes.
  public func resolve(_ document: Document) -> ResolvedDocument {
    var scan = ReferenceScan(document: document, maximumGap: maximumGap)
    scan.run()
    var findings = scan.findings
    if document.identity.symbol == nil {
      findings.append(
        Finding(
          code: FindingCode.unknownIdentity.rawValue, severity: FindingCode.unknownIdentity.severity,
          location: document.lines.location(offset: 0, length: 0),
          message: "the document's own symbol was not found in its heading; references have no source"))
    }
    return ResolvedDocument(
      file: document.file, identity: document.identity, references: scan.references, findings: findings.sorted())
  }
}
