/// A problem in the data, with where it is and what to do: never a thrown error.
public struct Finding: Hashable, Sendable, Comparable {
  /// How serious a finding is.
  public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case note, warning, error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
      let order: [Severity] = [.note, .warning, .error]
      return order.firstIndex(of: lhs) ?? 0 < order.firstIndex(of: rhs) ?? 0
    }
  }

  /// A stable code such as `CG201`, for `--ignore` and baselines.
  public var code: String
  /// How serious it is.
  public var severity: Severity
  /// Where it is.
  public var location: SourceLocation
  /// What is wrong and what to do, in lower case like a compiler message.
  public var message: String
  /// The mention as written, white space collapsed, when there is one.
  public var text: String
  /// The cited document the finding is about, when there is one (part of a baseline fingerprint).
  public var target: Symbol?

  public init(
    code: String, severity: Severity, location: SourceLocation, message: String, text: String = "",
    target: Symbol? = nil
  ) {
    self.code = code
    self.severity = severity
    self.location = location
    self.message = message
    self.text = text
    self.target = target
  }

  /// `file:line:column: severity: [CODE] message`.
  public var formatted: String {
    "\(location): \(severity.rawValue): [\(code)] \(message)"
  }

  public static func < (lhs: Finding, rhs: Finding) -> Bool {
    if lhs.location != rhs.location { return lhs.location < rhs.location }
    return lhs.code < rhs.code
  }
}
