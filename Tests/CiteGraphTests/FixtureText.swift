import Foundation

/// A fixture's text with a reference implementation of line/column lookup (Unicode scalars,
/// 1-based), independent of the library's own `LineTable`.
struct FixtureText {
  let path: String
  let text: String

  init(_ name: String) throws {
    path = SharedData.fixture(name).path
    text = try String(contentsOfFile: path, encoding: .utf8)
  }

  /// Line and column of the `occurrence`-th (0-based) appearance of `needle`.
  func position(of needle: String, occurrence: Int = 0) -> (line: Int, column: Int)? {
    var searchStart = text.startIndex
    var found: Range<String.Index>? = nil
    for _ in 0...occurrence {
      guard let range = text.range(of: needle, range: searchStart..<text.endIndex) else { return nil }
      found = range
      searchStart = range.upperBound
    }
    guard let found else { return nil }
    var line = 1
    var column = 1
    for scalar in text.unicodeScalars[text.startIndex..<found.lowerBound] {
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return (line, column)
  }
}
