/// The governing verbs of resolution paragraphs and the relations they express, as data.
///
/// A paragraph's verb is its first word after the operative number, once leading adverbs
/// ("Also", "Further", "Once again") are skipped; following adverbs ("Reaffirming also") do not
/// matter. Verbs not listed express ``Relation/cites``.
public enum VerbTable {
  /// Verb phrases (lower case, words separated by one space) and their relations. A two-word phrase
  /// needs both words ("taking note"; "taking into account" is `cites`).
  public static let verbs: [(phrase: String, relation: Relation)] = [
    ("reaffirming", .reaffirms), ("reaffirms", .reaffirms), ("reaffirm", .reaffirms),
    ("recalling", .recalls), ("recalls", .recalls), ("recall", .recalls),
    ("welcoming", .welcomes), ("welcomes", .welcomes), ("welcome", .welcomes),
    ("noting", .notes), ("notes", .notes), ("note", .notes),
    ("taking note", .notes), ("takes note", .notes), ("take note", .notes), ("having noted", .notes),
    ("endorsing", .endorses), ("endorses", .endorses), ("endorse", .endorses),
    ("reiterating", .reiterates), ("reiterates", .reiterates), ("reiterate", .reiterates),
    ("acknowledging", .acknowledges), ("acknowledges", .acknowledges), ("acknowledge", .acknowledges),
  ]

  /// Adverbs that may stand before the verb and are skipped ("Also reaffirms", "Once again welcomes").
  public static let leadingAdverbs: Set<String> = [
    "also", "further", "furthermore", "again", "once", "more", "strongly", "warmly", "fully", "firmly",
    "hereby", "formally", "duly", "therefore", "moreover", "expressly", "solemnly", "unanimously",
    "sincerely", "wholeheartedly", "explicitly", "thus", "equally", "likewise", "similarly",
  ]

  /// Paragraph openings and the relation they must give: checked by the tests.
  public static let examples: [(opening: String, relation: Relation)] = [
    ("Reaffirming its resolution 64/222 of 21 December 2009", .reaffirms),
    ("Reaffirming also its resolution 33/134", .reaffirms),
    ("Recalling also its resolutions 77/246", .recalls),
    ("Recalling further resolutions 253 (1968)", .recalls),
    ("Taking note with appreciation of the report", .notes),
    ("Taking note, in particular, of the action taken", .notes),
    ("Taking into account the decision of the Government", .cites),
    ("Noting with regret that the Conference on Disarmament", .notes),
    ("Welcoming the convening of the Summit of the Future", .welcomes),
    ("Endorsing the recommendations", .endorses),
    ("Reiterating its support", .reiterates),
    ("Acknowledging the positive efforts", .acknowledges),
    ("Having examined the report of the Secretary-General", .cites),
    ("Bearing in mind its resolution 51/4", .cites),
    ("7. Welcomes the increased contributions", .welcomes),
    ("3. Further reaffirms that it is ultimately", .reaffirms),
    ("2. Also takes note of the report", .notes),
    ("1. Notes with appreciation the action", .notes),
    ("22. Recalls the decision of the Human Rights Council", .recalls),
    ("5. Once again welcomes the initiative", .welcomes),
    ("10. Reiterates its request", .reiterates),
    ("4. Requests the Secretary-General", .cites),
    ("3. Decides to entrust the Special Mission", .cites),
    ("1. Reaffirms its resolutions 186 (1964)", .reaffirms),
  ]

  /// The relation of the lower-case `words` opening a paragraph, with the verb phrase matched
  /// (empty when no word was read).
  ///
  /// - Complexity: O(*w*) in the number of words looked at (at most a handful).
  public static func relation(openingWords words: [Substring]) -> (phrase: String, relation: Relation) {
    let bytes = Array(words.joined(separator: " ").utf8)
    return bytes.withUnsafeBufferPointer { relation($0, 0..<$0.count, limit: words.count) }
  }

  /// The relation of a paragraph opening as written ("3. Further reaffirms that…").
  public static func relation(opening text: String) -> Relation {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { relation($0, 0..<$0.count).relation }
  }

  /// The relation of the first `limit` words (runs of ASCII letters, any case) of `buffer[range]`, skipping
  /// an operative number and punctuation, with the verb phrase matched in lower case.
  ///
  /// Words are compared as packed 16-byte keys, so no string is made but the phrase returned.
  /// - Complexity: O(*k*) in the bytes read.
  static func relation(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, limit: Int = 4) -> (
    phrase: String, relation: Relation
  ) {
    var reader = WordReader(buffer: buffer, cursor: range.lowerBound, end: range.upperBound, left: limit)
    var word = reader.next()
    while let current = word, adverbKeys.contains(current.key) { word = reader.next() }
    guard let first = word else { return ("", .cites) }
    var second: Word? = nil
    if twoWordHeadKeys.contains(first.key) {
      second = reader.next()
      if let second, let match = twoWordKeys.first(where: { $0.first == first.key && $0.second == second.key }) {
        return (match.phrase, match.relation)
      }
    }
    if takeKeys.contains(first.key) { return (first.text(buffer), .cites) }
    if let match = oneWordKeys.first(where: { $0.key == first.key }) { return (match.phrase, match.relation) }
    if first.key == havingKey, let next = second ?? reader.next() { return ("having " + next.text(buffer), .cites) }
    return (first.text(buffer), .cites)
  }

  /// A word read from a buffer: its range and its lower-case letters packed in two words.
  private struct Word {
    var range: Range<Int>
    var key: Key

    func text(_ buffer: UnsafeBufferPointer<UInt8>) -> String {
      String(unsafeUninitializedCapacity: range.count) { out in
        for (k, index) in range.enumerated() { out[k] = ByteClass.lower(buffer[index]) }
        return range.count
      }
    }
  }

  /// Up to 16 lower-case ASCII letters, little-endian; longer words get a key no table word has.
  private struct Key: Equatable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    init<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
      guard bytes.count <= 16 else {
        high = .max
        return
      }
      for (k, byte) in bytes.enumerated() {
        let shifted = UInt64(ByteClass.lower(byte)) << UInt64(8 * (k % 8))
        if k < 8 { low |= shifted } else { high |= shifted }
      }
    }
  }

  /// Reads the words of a range one at a time, at most `left` of them.
  private struct WordReader {
    let buffer: UnsafeBufferPointer<UInt8>
    var cursor: Int
    let end: Int
    var left: Int

    mutating func next() -> Word? {
      guard left > 0 else { return nil }
      while cursor < end, !ByteClass.isLetter(buffer[cursor]) { cursor += 1 }
      guard cursor < end else { return nil }
      let start = cursor
      while cursor < end, ByteClass.isLetter(buffer[cursor]) { cursor += 1 }
      left -= 1
      return Word(range: start..<cursor, key: Key(UnsafeBufferPointer(rebasing: buffer[start..<cursor])))
    }
  }

  private static let adverbKeys: [Key] = leadingAdverbs.sorted().map { Key($0.utf8) }
  private static let oneWordKeys: [(key: Key, phrase: String, relation: Relation)] = verbs.filter {
    !$0.phrase.contains(" ")
  }.map { (Key($0.phrase.utf8), $0.phrase, $0.relation) }
  private static let twoWordKeys: [(first: Key, second: Key, phrase: String, relation: Relation)] = verbs.compactMap {
    let words = $0.phrase.split(separator: " ")
    guard words.count == 2 else { return nil }
    return (Key(words[0].utf8), Key(words[1].utf8), $0.phrase, $0.relation)
  }
  private static let twoWordHeadKeys: [Key] = twoWordKeys.map(\.first)
  /// "taking into account" is no "taking note": a lone form of "take" cites.
  private static let takeKeys: [Key] = ["taking", "takes", "take"].map { Key($0.utf8) }
  private static let havingKey = Key("having".utf8)
}
