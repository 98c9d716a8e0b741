/// Which kind of session a Roman-numbered symbol names: `1514 (XV)`, `3201 (S-VI)` or `1474 (ES-IV)`.
public enum RomanSessionKind: Hashable, Sendable, CaseIterable {
  /// A regular session, no prefix (`1514 (XV)`).
  case regular
  /// A special session, `S-` prefix (`3201 (S-VI)`).
  case special
  /// An emergency special session, `ES-` prefix (`1474 (ES-IV)`); the first five used this style.
  case emergencySpecial

  /// The prefix written before the numeral: ``""``, `S-` or `ES-`.
  public var prefix: String {
    switch self {
    case .regular: ""
    case .special: "S-"
    case .emergencySpecial: "ES-"
    }
  }

  /// The position of the kind in symbol order (regular, special, emergency special).
  var order: Int {
    switch self {
    case .regular: 0
    case .special: 1
    case .emergencySpecial: 2
    }
  }
}
