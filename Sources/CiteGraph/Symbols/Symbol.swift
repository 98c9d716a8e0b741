/// The identity of a United Nations resolution or decision, printed in canonical form.
///
/// Canonical symbols have no spaces: `A/RES/71/244`, `A/RES/57/270B`, `A/RES/1514(XV)`,
/// `A/RES/1474(ES-IV)`, `A/RES/ES-10/14`, `S/RES/1325(2000)`, `E/RES/2016/11`, `A/HRC/RES/31/1`, `E/CN.4/RES/2005/69`,
/// `A/DEC/70/547`. Parse any written form with ``init(parsing:)``.
public struct Symbol: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The adopting organ.
  public let body: Body
  /// Resolution or decision.
  public let kind: DocumentKind
  /// The session or year that qualifies the number.
  public let series: Series
  /// The document's number within its series.
  public let number: Int
  /// A part letter such as the `B` of `57/270 B`, or the empty string.
  public let part: String

  /// Creates a symbol from its components, or returns `nil` when the combination cannot exist
  /// (a Security Council decision, a year-numbered General Assembly resolution, …).
  public init?(body: Body, kind: DocumentKind = .resolution, series: Series, number: Int, part: String = "") {
    // Bytes, not Characters: a symbol is made for every mention, and a part is one ASCII capital or none.
    guard number > 0, part.utf8.count <= 1, part.utf8.allSatisfy({ $0 &- 0x41 < 26 }) else { return nil }
    switch (body, series) {
    case (.generalAssembly, .year), (.securityCouncil, .session), (.securityCouncil, .specialSession),
      (.securityCouncil, .emergencySpecialSession), (.securityCouncil, .romanSession),
      (.economicAndSocialCouncil, .session), (.economicAndSocialCouncil, .specialSession),
      (.economicAndSocialCouncil, .emergencySpecialSession), (.humanRightsCouncil, .year),
      (.humanRightsCouncil, .romanSession), (.humanRightsCouncil, .emergencySpecialSession),
      (.commissionOnHumanRights, .session), (.commissionOnHumanRights, .specialSession),
      (.commissionOnHumanRights, .emergencySpecialSession), (.commissionOnHumanRights, .romanSession):
      return nil
    default:
      break
    }
    if body == .securityCouncil && kind == .decision { return nil }
    if body == .commissionOnHumanRights && kind == .decision { return nil }
    if case .romanSession(let n, _) = series, n < 1 || n > 99 { return nil }
    if case .year(let y) = series, y < 1945 || y > 2199 { return nil }
    if let n = series.sessionNumber, n < 1 || n > 999 { return nil }
    self.body = body
    self.kind = kind
    self.series = series
    self.number = number
    self.part = part
  }

  /// The canonical symbol, as the graph and every output print it.
  public var canonical: String { formatted(withPrefix: true) }

  /// The symbol without its body prefix, as texts write it (`71/244`, `1514(XV)`, `1325(2000)`).
  public var shortForm: String { formatted(withPrefix: false) }

  public var description: String { canonical }

  /// The address of the official document, e.g. `https://undocs.org/en/A/RES/71/244`.
  public var documentURL: String {
    "https://undocs.org/en/" + canonical
  }

  public static func < (lhs: Symbol, rhs: Symbol) -> Bool {
    if lhs.body != rhs.body { return lhs.body < rhs.body }
    if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
    if lhs.series != rhs.series { return lhs.series < rhs.series }
    if lhs.number != rhs.number { return lhs.number < rhs.number }
    return lhs.part < rhs.part
  }
}
