extension Symbol {
  /// The longest symbol: an 11-byte prefix, a 20-digit number, a part letter and the longest series
  /// (`(ES-LXXXVIII)`, or a year and a slash) fit with room to spare.
  private static let formattedCapacity = 64

  /// The body prefix of the canonical form.
  private var prefix: StaticString {
    switch (body, kind) {
    case (.generalAssembly, .resolution): "A/RES/"
    case (.generalAssembly, .decision): "A/DEC/"
    case (.securityCouncil, _): "S/RES/"
    case (.economicAndSocialCouncil, .resolution): "E/RES/"
    case (.economicAndSocialCouncil, .decision): "E/DEC/"
    case (.humanRightsCouncil, .resolution): "A/HRC/RES/"
    case (.humanRightsCouncil, .decision): "A/HRC/DEC/"
    case (.commissionOnHumanRights, _): "E/CN.4/RES/"
    }
  }

  /// The canonical form, with or without the body prefix, written byte by byte into one string:
  /// outputs print a symbol per reference, and interpolation built several strings for each.
  ///
  /// - Complexity: O(1), one allocation.
  func formatted(withPrefix: Bool) -> String {
    String(unsafeUninitializedCapacity: Self.formattedCapacity) { out in
      var count = 0
      func append(_ text: StaticString) {
        let bytes = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
        for byte in bytes {
          out[count] = byte
          count += 1
        }
      }
      func append(_ byte: UInt8) {
        out[count] = byte
        count += 1
      }
      func append(decimal value: Int) {
        var digits = 1
        var rest = value / 10
        while rest > 0 {
          digits += 1
          rest /= 10
        }
        var remaining = value
        for position in stride(from: count + digits - 1, through: count, by: -1) {
          out[position] = UInt8(truncatingIfNeeded: 0x30 + remaining % 10)
          remaining /= 10
        }
        count += digits
      }
      func appendNumberAndPart() {
        append(decimal: number)
        for byte in part.utf8 { append(byte) }
      }
      if withPrefix { append(prefix) }
      switch series {
      case .session(let session):
        append(decimal: session)
        append(0x2F)
        appendNumberAndPart()
      case .specialSession(let session):
        append("S-")
        append(decimal: session)
        append(0x2F)
        appendNumberAndPart()
      case .emergencySpecialSession(let session):
        append("ES-")
        append(decimal: session)
        append(0x2F)
        appendNumberAndPart()
      case .romanSession(let session, let sessionKind):
        appendNumberAndPart()
        append(0x28)
        for byte in sessionKind.prefix.utf8 { append(byte) }
        for byte in RomanNumeral.format(session).utf8 { append(byte) }
        append(0x29)
      case .year(let year) where body == .securityCouncil:
        appendNumberAndPart()
        append(0x28)
        append(decimal: year)
        append(0x29)
      case .year(let year):
        append(decimal: year)
        append(0x2F)
        appendNumberAndPart()
      }
      return count
    }
  }
}
