/// Escaping of text for XML 1.0 content and attribute values, shared by every XML writer
/// (GraphML export, JUnit reports, SVG labels).
package enum XMLText {
  /// `text` with the five predefined entities escaped, line breaks and tabs as character references
  /// (so attribute values keep them), and the characters XML 1.0 forbids dropped.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  package static func escaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\n": out += "&#10;"
      case "\r": out += "&#13;"
      case "\t": out += "&#9;"
      default:
        if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }
}
