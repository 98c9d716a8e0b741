/// A finding's identity across edits: code, file, target and mention text, but not the line, so that
/// adding a paragraph above a known problem does not make it new.
public struct FindingFingerprint: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
  /// The finding's code.
  public var code: String
  /// The file, relative to the working directory.
  public var file: String
  /// The cited symbol, canonical, or the empty string.
  public var target: String
  /// The mention as written, white space collapsed.
  public var text: String

  public init(code: String, file: String, target: String, text: String) {
    self.code = code
    self.file = file
    self.target = target
    self.text = text
  }

  /// The fingerprint of `finding`, its file taken relative to `directory`.
  public init(_ finding: Finding, relativeTo directory: String) {
    self.init(
      code: finding.code, file: ReportPath.relative(finding.location.file, to: directory),
      target: finding.target?.canonical ?? "", text: Self.collapse(finding.text))
  }

  /// A 16-digit hex digest of the four parts (FNV-1a, 64 bits), as SARIF `partialFingerprints` carry it.
  ///
  /// - Complexity: O(*n*) in the parts' UTF-8 length.
  public var digest: String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for part in ["v1", code, file, target, text] {
      for byte in part.utf8 {
        hash ^= UInt64(byte)
        hash &*= 0x0000_0100_0000_01b3
      }
      // A separator that UTF-8 text never holds keeps ("ab", "c") apart from ("a", "bc").
      hash ^= 0xff
      hash &*= 0x0000_0100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  public var description: String { "\(code) \(file) \(target) \"\(text)\"" }

  public static func < (lhs: FindingFingerprint, rhs: FindingFingerprint) -> Bool {
    (lhs.file, lhs.code, lhs.target, lhs.text) < (rhs.file, rhs.code, rhs.target, rhs.text)
  }

  /// Runs of white space become one space, so re-wrapped lines keep their fingerprint.
  static func collapse(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
