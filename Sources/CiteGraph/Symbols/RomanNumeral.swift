/// Conversion between integers and the Roman numerals that old UN symbols use for sessions.
enum RomanNumeral {
  private static let table: [(Int, String)] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
  ]

  /// Formats `value` (1…3999) as an upper-case Roman numeral.
  static func format(_ value: Int) -> String {
    var remaining = value
    var result = ""
    for (amount, letters) in table {
      while remaining >= amount {
        result += letters
        remaining -= amount
      }
    }
    return result
  }

  /// Parses an upper-case Roman numeral written in canonical form; returns `nil` otherwise.
  static func parse<S: StringProtocol>(_ text: S) -> Int? {
    var total = 0
    var previous = Int.max
    for character in text {
      let value: Int
      switch character {
      case "I": value = 1
      case "V": value = 5
      case "X": value = 10
      case "L": value = 50
      case "C": value = 100
      case "D": value = 500
      case "M": value = 1000
      default: return nil
      }
      total += value
      if value > previous { total -= 2 * previous }
      previous = value
    }
    guard total > 0, total < 4000, format(total) == text.uppercased() else { return nil }
    return total
  }
}
