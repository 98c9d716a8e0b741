/// Turns plain text into DOT values that Graphviz shows literally, whatever the text holds.
///
/// Each attribute kind is unescaped differently by Graphviz, so each gets its own encoding
/// (checked against Graphviz 2.42/2.43; the renderer's tests check the round trip):
/// - Quoted strings: the DOT lexer only turns `\"` into `"`; other backslashes pass through.
/// - Plain labels decode HTML entities, then read `\N`, `\G`, `\E`, `\T`, `\H`, `\L`, `\n`, `\l`,
///   `\r` and turn `\\` into `\`: so every backslash is doubled and every `&` becomes `&amp;`
///   (Graphviz leaves a well-formed entity alone when writing SVG, so `&amp;lt;` shows `&lt;`).
/// - Tooltips go through the escape pass twice: every backslash is quadrupled.
/// - HTML-like labels need `&`, `<`, `>` and `"` as entities and still read backslash escapes.
/// - URLs are copied into the SVG as they are, unescaped: everything but a small safe set is
///   percent-encoded, so no URL can close the attribute it lands in.
/// Control characters, which XML forbids and Graphviz would pass through, become spaces.
enum DOTText {
  /// `text` as a DOT quoted string whose content needs no other escaping (names, numbers, colours).
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      default: out.unicodeScalars.append(printable(scalar))
      }
    }
    return out + "\""
  }

  /// `text` as a quoted plain label shown literally.
  static func label(_ text: String) -> String {
    escString(text, backslash: "\\\\", newline: "\\n")
  }

  /// `text` as a quoted tooltip shown literally, its line breaks kept.
  static func tooltip(_ text: String) -> String {
    escString(text, backslash: "\\\\\\\\", newline: "\\n")
  }

  /// `text` as the content of an HTML-like label, shown literally.
  static func html(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\\": out += "\\\\"
      default: out.unicodeScalars.append(printable(scalar))
      }
    }
    return out
  }

  /// `url` as a quoted URL: unreserved characters and `/ : ( ) , + = ? #` kept, the rest percent-encoded.
  static func url(_ url: String) -> String {
    var out = "\""
    for byte in url.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"), UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"),
        UInt8(ascii: ","), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "#"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let digits = Array("0123456789ABCDEF".unicodeScalars)
        out += "%"
        out.unicodeScalars.append(digits[Int(byte >> 4)])
        out.unicodeScalars.append(digits[Int(byte & 0xF)])
      }
    }
    return out + "\""
  }

  private static func escString(_ text: String, backslash: String, newline: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += backslash
      case "&": out += "&amp;"
      case "\n": out += newline
      default: out.unicodeScalars.append(printable(scalar))
      }
    }
    return out + "\""
  }

  /// A space for what XML 1.0 cannot carry: C0 and C1 controls, DEL, and the noncharacters U+FFFE, U+FFFF.
  private static func printable(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF: " "
    default: scalar
    }
  }
}
