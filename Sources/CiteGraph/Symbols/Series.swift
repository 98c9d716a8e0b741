/// How a symbol's number is qualified: by session, special session, or year.
///
/// The series together with the body, kind, number and part letter identifies a document.
public enum Series: Hashable, Sendable, Comparable {
  /// A regular session written in Arabic numerals before the slash (`71/244`, HRC `31/1`).
  case session(Int)
  /// A special session (`S-26/2`, HRC `S-29/1`).
  case specialSession(Int)
  /// An emergency special session of the General Assembly (`ES-10/14`).
  case emergencySpecialSession(Int)
  /// A session written in Roman numerals after the number (`1514 (XV)`, `3201 (S-VI)`,
  /// `1474 (ES-IV)`, ECOSOC `1296 (XLIV)`); the kind tells the prefix.
  case romanSession(Int, RomanSessionKind)
  /// A year: Security Council `1325 (2000)`, ECOSOC `2016/11`, Commission on Human Rights `2005/69`.
  case year(Int)

  /// The session number when the series names one, else `nil`.
  public var sessionNumber: Int? {
    switch self {
    case .session(let n), .specialSession(let n), .emergencySpecialSession(let n): n
    case .romanSession(let n, _): n
    case .year: nil
    }
  }

  /// The year when the series names one, else `nil`.
  public var year: Int? {
    if case .year(let year) = self { return year }
    return nil
  }

  public static func < (lhs: Series, rhs: Series) -> Bool {
    lhs.sortKey < rhs.sortKey
  }

  private var sortKey: (Int, Int) {
    switch self {
    case .romanSession(let n, let kind): (0, n * 3 + kind.order)
    case .session(let n): (1, n)
    case .specialSession(let n): (2, n)
    case .emergencySpecialSession(let n): (3, n)
    case .year(let y): (4, y)
    }
  }
}
