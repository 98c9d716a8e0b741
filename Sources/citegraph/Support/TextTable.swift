/// Left-aligned text columns for people to read, separated by two spaces; the last column is not padded.
struct TextTable {
  /// The column headings.
  var header: [String]
  /// The rows, as many cells as headings.
  var rows: [[String]] = []

  /// The table's lines.
  func lines() -> [String] {
    var widths = header.map(\.count)
    for row in rows {
      for (column, cell) in row.enumerated() where column < widths.count {
        widths[column] = max(widths[column], cell.count)
      }
    }
    return ([header] + rows).map { row in
      var line = ""
      for (column, cell) in row.enumerated() {
        if column > 0 { line += "  " }
        line += cell
        if column < row.count - 1 { line += String(repeating: " ", count: widths[column] - cell.count) }
      }
      while line.last == " " { line.removeLast() }
      return line
    }
  }
}

extension String {
  /// The string cut to `limit` characters, ending in `…` when cut.
  func truncated(to limit: Int) -> String {
    count <= limit ? self : String(prefix(limit - 1)) + "…"
  }
}
