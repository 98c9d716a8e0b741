/// The escaping of free-text fields (titles, paths) in citegraph's tab-separated graph and registry files.
///
/// A field never holds a tab, a line break or a lone `-` (which marks "absent"): those are written
/// `\t`, `\n`, `\r`, `\-`, and a backslash as `\\`. Every other byte, UTF-8 included, is written as is.
enum GraphFieldCoding {
  /// The field written for "no value".
  static let absent = "-"

  /// `text` with tabs, line breaks and backslashes escaped; `-` alone becomes `\-`.
  ///
  /// - Complexity: O(*n*) in the UTF-8 length of `text`.
  static func escape(_ text: String) -> String {
    if text == absent { return "\\-" }
    guard text.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == 9 || $0 == 10 || $0 == 13 }) else {
      return text
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + 8)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
      case 9: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
      case 10: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      case 13: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
      default: bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The optional value written as a field: `-` for `nil`.
  static func escape(optional text: String?) -> String {
    text.map(escape) ?? absent
  }

  /// Decodes a field written by ``escape(_:)``; `nil` when it holds an unknown escape.
  ///
  /// - Complexity: O(*n*) in the length of `field`.
  static func unescape(_ field: UnsafeBufferPointer<UInt8>) -> String? {
    guard field.contains(UInt8(ascii: "\\")) else { return String(decoding: field, as: UTF8.self) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(field.count)
    var index = 0
    while index < field.count {
      let byte = field[index]
      index += 1
      guard byte == UInt8(ascii: "\\") else {
        bytes.append(byte)
        continue
      }
      guard index < field.count else { return nil }
      switch field[index] {
      case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
      case UInt8(ascii: "t"): bytes.append(9)
      case UInt8(ascii: "n"): bytes.append(10)
      case UInt8(ascii: "r"): bytes.append(13)
      case UInt8(ascii: "-"): bytes.append(UInt8(ascii: "-"))
      default: return nil
      }
      index += 1
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
