import Foundation

/// Number formats of the table.
enum BenchmarkFormat {
  /// `812 µs`, `4.31 ms`, `1.204 s`.
  static func seconds(_ value: Double) -> String {
    switch value {
    case ..<1e-3: String(format: "%.0f µs", value * 1e6)
    case ..<1: String(format: "%.2f ms", value * 1e3)
    default: String(format: "%.3f s", value)
    }
  }

  /// `15.2`, `312`.
  static func rate(_ value: Double) -> String {
    value < 100 ? String(format: "%.1f", value) : String(format: "%.0f", value)
  }

  /// `1,258`, `23,104`.
  static func count(_ value: Double) -> String {
    let digits = String(Int(value.rounded()))
    var out = ""
    for (index, digit) in digits.reversed().enumerated() {
      if index > 0 && index % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return String(out.reversed())
  }

  /// `18.4 MB`.
  static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }
}
