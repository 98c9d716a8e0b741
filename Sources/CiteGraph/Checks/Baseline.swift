import Foundation

/// The findings a team has accepted, so that a check on an old corpus fails only on new problems.
///
/// A baseline is a multiset of ``FindingFingerprint``s: two identical mentions in one file are two
/// entries, and a third one appearing later is new. The file is JSON, sorted, one entry per finding, so
/// that it reviews well in a diff.
public struct Baseline: Sendable, Equatable {
  /// The accepted findings, sorted.
  public private(set) var entries: [FindingFingerprint]

  /// The version written in the file; a file of another version is refused.
  public static let formatVersion = 1

  public init(entries: [FindingFingerprint]) {
    self.entries = entries.sorted()
  }

  /// The baseline that accepts every finding of `findings`, their files taken relative to `directory`.
  public init(accepting findings: [Finding], relativeTo directory: String) {
    self.init(entries: findings.map { FindingFingerprint($0, relativeTo: directory) })
  }

  /// The findings the baseline does not accept, in their order, and how many it held back.
  ///
  /// - Complexity: O(*n* + *b*) for *n* findings and *b* entries.
  public func filter(_ findings: [Finding], relativeTo directory: String) -> (new: [Finding], baselined: Int) {
    var remaining: [FindingFingerprint: Int] = [:]
    for entry in entries { remaining[entry, default: 0] += 1 }
    var new: [Finding] = []
    var baselined = 0
    for finding in findings {
      let fingerprint = FindingFingerprint(finding, relativeTo: directory)
      if let count = remaining[fingerprint], count > 0 {
        remaining[fingerprint] = count - 1
        baselined += 1
      } else {
        new.append(finding)
      }
    }
    return (new, baselined)
  }

  /// The file's contents: pretty, sorted JSON ending with a newline.
  public func encoded() -> Data {
    let file = BaselineFile(version: Self.formatVersion, tool: "citegraph check", findings: entries)
    return JSONText.encoded(file, pretty: true) + Data("\n".utf8)
  }

  /// Reads a baseline file; `path` names it in errors.
  public static func decode(_ data: Data, path: String) throws(CiteGraphError) -> Baseline {
    let file: BaselineFile
    do {
      file = try JSONDecoder().decode(BaselineFile.self, from: data)
    } catch {
      throw .malformedFile(path: path, line: 1, reason: "not a citegraph baseline (\(Self.describe(error)))")
    }
    guard file.version == formatVersion else {
      throw .malformedFile(
        path: path, line: 1,
        reason: "baseline version \(file.version) is not supported (expected \(formatVersion)); write it anew "
          + "with --write-baseline")
    }
    return Baseline(entries: file.findings)
  }

  /// Reads the baseline at `path`.
  public static func load(path: String) throws(CiteGraphError) -> Baseline {
    try decode(Data(try FileBytes.read(path: path)), path: path)
  }

  /// Writes the baseline to `path` atomically: a reader sees the old file or the new one, never a part.
  public func write(to path: String) throws(CiteGraphError) {
    try FileBytes.writeAtomically([UInt8](encoded()), to: path)
  }

  private static func describe(_ error: any Error) -> String {
    switch error {
    case DecodingError.keyNotFound(let key, _): "missing key '\(key.stringValue)'"
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      "wrong type at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'"
    default: "invalid JSON"
    }
  }
}

/// The baseline file's layout.
private struct BaselineFile: Codable {
  var version: Int
  var tool: String
  var findings: [FindingFingerprint]
}
