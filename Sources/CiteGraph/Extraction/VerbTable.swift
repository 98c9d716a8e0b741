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
    var index = 0
    // Linear scans of small strings: cheaper than hashing for a table this short.
    while index < words.count, adverbList.contains(where: { $0 == words[index] }) { index += 1 }
    guard index < words.count else { return ("", .cites) }
    let first = String(words[index])
    if index + 1 < words.count, twoWordHeads.contains(first) {
      let pair = first + " " + words[index + 1]
      if let match = twoWordPhrases.first(where: { $0.phrase == pair }) { return (pair, match.relation) }
    }
    if first == "taking" || first == "takes" || first == "take" { return (first, .cites) }
    if let match = oneWordPhrases.first(where: { $0.phrase == first }) { return (first, match.relation) }
    if first == "having", index + 1 < words.count { return ("having " + words[index + 1], .cites) }
    return (first, .cites)
  }

  /// The relation of a paragraph opening as written ("3. Further reaffirms that…").
  public static func relation(opening text: String) -> Relation {
    relation(openingWords: openingWords(Array(text.utf8))).relation
  }

  /// The first lower-case words of `bytes`, skipping an operative number and punctuation.
  static func openingWords(_ bytes: [UInt8], limit: Int = 4) -> [Substring] {
    bytes.withUnsafeBufferPointer { openingWords($0, 0..<$0.count, limit: limit) }
  }

  /// The first lower-case words of `buffer[range]`, skipping an operative number and punctuation.
  ///
  /// - Complexity: O(*k*) in the bytes read; no allocation beyond the word list (words are small strings).
  static func openingWords(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, limit: Int = 4) -> [Substring] {
    var words: [Substring] = []
    var index = range.lowerBound
    while index < range.upperBound, words.count < limit {
      guard ByteClass.isLetter(buffer[index]) else {
        index += 1
        continue
      }
      var end = index
      while end < range.upperBound, ByteClass.isLetter(buffer[end]) { end += 1 }
      words.append(Substring(lowercased(buffer, index..<end)))
      index = end
    }
    return words
  }

  /// The ASCII letters of `range` in lower case.
  private static func lowercased(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(unsafeUninitializedCapacity: range.count) { out in
      for (k, index) in range.enumerated() { out[k] = ByteClass.lower(buffer[index]) }
      return range.count
    }
  }

  private static let adverbList: [String] = leadingAdverbs.sorted()
  private static let oneWordPhrases = verbs.filter { !$0.phrase.contains(" ") }
  private static let twoWordPhrases = verbs.filter { $0.phrase.contains(" ") }
  private static let twoWordHeads: [String] = twoWordPhrases.compactMap {
    $0.phrase.split(separator: " ").first.map(String.init)
  }
}
