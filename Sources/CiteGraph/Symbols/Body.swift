/// A United Nations organ whose resolutions and decisions citegraph knows how to name.
public enum Body: String, CaseIterable, Sendable, Codable, Comparable {
  /// The General Assembly (`A/RES/…`, `A/DEC/…`).
  case generalAssembly = "GA"
  /// The Security Council (`S/RES/…`).
  case securityCouncil = "SC"
  /// The Economic and Social Council (`E/RES/…`, `E/DEC/…`).
  case economicAndSocialCouncil = "ECOSOC"
  /// The Human Rights Council (`A/HRC/RES/…`, `A/HRC/DEC/…`).
  case humanRightsCouncil = "HRC"
  /// The former Commission on Human Rights (`E/CN.4/RES/…`).
  case commissionOnHumanRights = "CHR"

  /// The short code users type in filters such as `--body GA,SC`.
  public var code: String { rawValue }

  /// The body's full name, for labels and messages.
  public var name: String {
    switch self {
    case .generalAssembly: "General Assembly"
    case .securityCouncil: "Security Council"
    case .economicAndSocialCouncil: "Economic and Social Council"
    case .humanRightsCouncil: "Human Rights Council"
    case .commissionOnHumanRights: "Commission on Human Rights"
    }
  }

  /// Parses a user-facing code (`GA`, `sc`, `ecosoc`) into a body.
  public init?(code: String) {
    let upper = code.uppercased()
    if let body = Body(rawValue: upper) {
      self = body
    } else if upper == "E" {
      self = .economicAndSocialCouncil
    } else if upper == "A" {
      self = .generalAssembly
    } else if upper == "S" {
      self = .securityCouncil
    } else {
      return nil
    }
  }

  public static func < (lhs: Body, rhs: Body) -> Bool {
    lhs.sortIndex < rhs.sortIndex
  }

  private var sortIndex: Int {
    switch self {
    case .generalAssembly: 0
    case .securityCouncil: 1
    case .economicAndSocialCouncil: 2
    case .humanRightsCouncil: 3
    case .commissionOnHumanRights: 4
    }
  }
}
