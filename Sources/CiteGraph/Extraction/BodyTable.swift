/// How the words before "resolution"/"decision" name the adopting body, as data.
///
/// `names` are matched against the words that end right before the keyword (or before "in its"):
/// a longer name wins. A capitalized word before the keyword that is not listed here, nor a verb
/// or a citing word, names a body outside citegraph's table (a committee, a conference, an
/// executive board) whose documents are not resolved.
public enum BodyTable {
  /// What a name before the keyword says about the body.
  public enum Qualifier: Hashable, Sendable {
    /// A body of the canonical table.
    case body(Body)
    /// "Council" alone: the council named last in the text, else the number's shape decides.
    case council
    /// "Commission" alone: the Commission on Human Rights when the text named it, else another body.
    case commission
    /// A body outside the table: its documents are not resolved.
    case other
  }

  /// Body names, as written before the keyword.
  public static let names: [(name: String, qualifier: Qualifier)] = [
    ("General Assembly", .body(.generalAssembly)), ("Assembly", .body(.generalAssembly)),
    ("Security Council", .body(.securityCouncil)), ("Economic and Social Council", .body(.economicAndSocialCouncil)),
    ("Human Rights Council", .body(.humanRightsCouncil)),
    ("Commission on Human Rights", .body(.commissionOnHumanRights)), ("Council", .council),
    ("Commission", .commission),
    ("Environment Assembly", .other), ("Health Assembly", .other), ("World Health Assembly", .other),
    ("Parliamentary Assembly", .other), ("Governing Council", .other), ("Executive Council", .other),
    ("Trade and Development Board", .other), ("Industrial Development Board", .other),
    ("Commission on the Status of Women", .other), ("Commission on Narcotic Drugs", .other),
    ("Commission on Population and Development", .other), ("Statistical Commission", .other),
    ("Commission on Crime Prevention and Criminal Justice", .other), ("Commission for Social Development", .other),
    ("Commission on Sustainable Development", .other), ("Commission on Science and Technology for Development", .other),
    ("Economic Commission for Africa", .other), ("Commission for Africa", .other),
    ("International Law Commission", .other), ("Peacebuilding Commission", .other),
  ]

  /// Words that may stand capitalized before the keyword without naming a body.
  public static let citingWords: Set<String> = [
    "See", "Ibid", "Also", "And", "In", "By", "Under", "Pursuant", "With", "Its", "The", "Further", "Including",
    "Resolution", "Resolutions", "Decision", "Decisions", "Draft", "Annex", "Part",
  ]

  /// Official records that print other bodies' resolutions: the General Assembly's Supplement No. 53
  /// is the report of the Human Rights Council; every other supplement holds another body's texts.
  public static let humanRightsCouncilSupplements: Set<Int> = [53]

  /// Mentions and the body they must give: checked by the tests.
  public static let examples: [(text: String, symbol: String?)] = [
    ("General Assembly resolution 1514 (XV)", "A/RES/1514(XV)"),
    ("Economic and Social Council resolution 1980/67", "E/RES/1980/67"),
    ("Human Rights Council resolution 31/1", "A/HRC/RES/31/1"),
    ("Commission on Human Rights resolution 2005/69", "E/CN.4/RES/2005/69"),
    ("Security Council resolution 1325 (2000)", "S/RES/1325(2000)"),
    ("the Human Rights Council, in its resolution 27/21", "A/HRC/RES/27/21"),
    ("United Nations Environment Assembly resolution 5/14", nil),
    ("Commission on the Status of Women resolution 49/7", nil),
    ("Committee decision 19/1", nil),
    ("Conference decision 5/1", nil),
    ("World Meteorological Organization resolution 15 (Cg-18)", nil),
  ]

  /// The qualifier of the words ending right before the keyword, if those words name a body.
  static func qualifier(endingAt end: Int, in buffer: UnsafeBufferPointer<UInt8>, from lower: Int) -> (Qualifier, Int)?
  {
    for entry in sortedNames {
      let start = end - entry.bytes.count
      guard start >= lower, ByteClass.matches(buffer, at: start, exactly: entry.bytes) else { continue }
      if start > lower, ByteClass.isLetter(buffer[start - 1]) { continue }
      return (entry.qualifier, start)
    }
    return nil
  }

  private static let sortedNames: [(bytes: [UInt8], qualifier: Qualifier)] = names.map {
    (Array($0.name.utf8), $0.qualifier)
  }.sorted { $0.bytes.count > $1.bytes.count }
}
