/// Whether a symbol names a resolution or a decision.
public enum DocumentKind: String, CaseIterable, Sendable, Codable, Comparable {
  /// A resolution (`…/RES/…`).
  case resolution
  /// A decision (`…/DEC/…`).
  case decision

  public static func < (lhs: DocumentKind, rhs: DocumentKind) -> Bool {
    lhs == .resolution && rhs == .decision
  }
}
