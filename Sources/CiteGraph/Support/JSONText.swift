import Foundation

/// JSON output shared by every writer of JSON (node-link export, check reports, baselines, the
/// command-line tool), so that all print keys sorted, slashes unescaped, and strings alike.
package enum JSONText {
  /// `value` encoded with sorted keys and unescaped slashes; `pretty` indents it for people.
  ///
  /// Only for values built of strings, numbers, booleans, optionals, arrays and string-keyed
  /// dictionaries, which always encode: the encoder's error paths (non-finite numbers, throwing
  /// custom encoders) cannot be reached, so none is passed on.
  package static func encoded(_ value: some Encodable, pretty: Bool) -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(value)) ?? Data()
  }

  /// `string` as a JSON string literal, for writers that stream objects without an encoder.
  ///
  /// - Complexity: O(*n*) in the length of `string`.
  package static func quoted(_ string: String) -> String {
    var out = "\""
    out.reserveCapacity(string.utf8.count + 2)
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
