/// The vocabulary of synthetic resolutions: verbs with the relation they express, topics, filler
/// clauses and the cited documents outside the generated corpus.
///
/// Everything here is written for the generator; none of it names a real instrument that a resolver's
/// table of named instruments could resolve, so the only citations in a synthetic text are the ones
/// the generator records.
enum SyntheticPhrases {
  /// Opening participles of preambular paragraphs and the relation each expresses.
  static let participles: [(String, Relation)] = [
    ("Reaffirming", .reaffirms), ("Reaffirming also", .reaffirms), ("Reaffirming further", .reaffirms),
    ("Recalling", .recalls), ("Recalling also", .recalls), ("Recalling further", .recalls),
    ("Welcoming", .welcomes), ("Welcoming also", .welcomes), ("Welcoming with appreciation", .welcomes),
    ("Noting", .notes), ("Taking note of", .notes), ("Taking note with appreciation of", .notes),
    ("Endorsing", .endorses), ("Reiterating", .reiterates), ("Acknowledging", .acknowledges),
    ("Acknowledging also", .acknowledges), ("Bearing in mind", .cites), ("Guided by", .cites),
    ("Mindful of", .cites), ("Taking into account", .cites),
  ]

  /// Opening participles of preambular paragraphs that cite nothing.
  static let plainParticiples = [
    "Recognizing", "Stressing", "Emphasizing", "Expressing concern at", "Convinced of", "Aware of",
    "Deeply concerned about", "Underlining", "Conscious of", "Determined to promote", "Affirming",
  ]

  /// Numbered operative verbs and the relation each expresses.
  static let operativeVerbs: [(String, Relation)] = [
    ("Reaffirms", .reaffirms), ("Recalls", .recalls), ("Welcomes", .welcomes), ("Takes note of", .notes),
    ("Takes note with appreciation of", .notes), ("Endorses", .endorses), ("Reiterates", .reiterates),
    ("Acknowledges", .acknowledges),
  ]

  /// Operative openings that cite with the generic relation, each followed by the text before the list.
  static let citingOperatives = [
    "Requests the Secretary-General to continue to support the work in accordance with",
    "Calls upon all States to implement fully",
    "Decides to continue the consideration of the question pursuant to",
    "Urges Member States to give full effect to",
    "Encourages the relevant entities of the United Nations system to take into account",
  ]

  /// Operative openings of paragraphs that cite nothing.
  static let plainOperatives = [
    "Requests the Secretary-General to", "Calls upon Member States to", "Encourages all relevant stakeholders to",
    "Invites the specialized agencies to", "Urges Governments to", "Decides to", "Stresses the need to",
    "Emphasizes the importance of efforts to",
  ]

  /// Actions that complete an operative paragraph.
  static let actions = [
    "strengthen cooperation at the national, regional and international levels",
    "submit to the General Assembly a report on the implementation of the present resolution",
    "mobilize adequate financial and technical resources for capacity-building",
    "ensure the full and effective participation of all relevant stakeholders",
    "promote the exchange of experiences and good practices among Member States",
    "enhance the coordination of activities within the United Nations system",
    "provide the necessary support to the Non-Self-Governing Territories",
    "continue the high-level dialogue on this question in a comprehensive manner",
    "give due consideration to the recommendations of the Secretary-General",
    "integrate a gender perspective into all relevant policies and programmes",
  ]

  /// Clauses that fill preambular and operative paragraphs.
  static let clauses = [
    "the importance of strengthening international cooperation in this regard",
    "the need to ensure the full and effective implementation of existing commitments",
    "the central role of the United Nations system in the promotion of sustainable development",
    "the primary responsibility of States for their own economic and social development",
    "that the challenges faced by developing countries require a coordinated and long-term response",
    "the contribution of civil society, including non-governmental organizations, to this work",
    "the persistent gaps in the availability of reliable, timely and disaggregated data",
    "that no country should be left behind in the implementation of the agreed outcomes",
    "the valuable work of the Special Committee and the regional seminars held under its auspices",
    "the need for a cost-effective and well-coordinated approach by the entities concerned",
    "the role of the regional commissions in supporting national capacity-building efforts",
    "that Member States reported progress in 68 per cent of the areas reviewed",
    "the findings of the report of the Secretary-General for the period 2016-2020",
    "the recommendations contained in the report of the Committee",
    "the principles of sovereignty, territorial integrity and non-interference in internal affairs",
    "the commitments made at the high-level meetings held in the course of the decade",
  ]

  /// Topics of titles and of paragraphs.
  static let topics = [
    "South-South cooperation", "the rights of persons with disabilities", "decolonization",
    "the prevention of armed conflict", "desertification and land degradation", "oceans and the law of the sea",
    "small island developing States", "financing for development", "the rights of the child",
    "international migration and development", "disaster risk reduction", "road safety",
    "the elimination of violence against women", "agricultural technology for sustainable development",
    "the situation of human rights defenders", "the peaceful uses of outer space", "global health and foreign policy",
    "the safety and security of humanitarian personnel", "information and communications technologies",
    "the eradication of rural poverty", "the protection of the global climate", "the rule of law",
    "cooperation between the United Nations and regional organizations", "literacy for life",
    "the question of Non-Self-Governing Territories", "entrepreneurship for sustainable development",
  ]

  /// Words that open titles.
  static let titleOpenings = [
    "Implementation of measures on", "Promotion of", "Strengthening of cooperation on", "Follow-up to the review of",
    "International cooperation on", "Progress made on", "Towards a comprehensive approach to",
  ]

  /// Invented places that name instruments; none is a real conference venue.
  static let places = ["Aldoria", "Brenhaven", "Corvala", "Dunmere", "Eskerfeld", "Farrowmont", "Glenvarra"]

  /// Kinds of named instruments cited through footnotes.
  static let instrumentKinds = [
    "Declaration on", "Programme of Action on", "Framework for Action on", "Plan of Action on",
    "Strategy on", "Principles on",
  ]

  /// Committees that report to the General Assembly.
  static let committees = [
    "Special Political and Decolonization Committee \n(Fourth Committee)", "Second Committee", "Third Committee",
    "Sixth Committee", "First Committee", "Fifth Committee",
  ]

  /// Documents outside the corpus that texts cite, written as texts write them, with adoption dates.
  static let externals: [(written: String, bodyPhrase: String, canonical: String, date: CalendarDate?)] = [
    ("217 A (III)", "General Assembly", "A/RES/217A(III)", CalendarDate(year: 1948, month: 12, day: 10)),
    ("1514 (XV)", "General Assembly", "A/RES/1514(XV)", CalendarDate(year: 1960, month: 12, day: 14)),
    ("2200 A (XXI)", "General Assembly", "A/RES/2200A(XXI)", CalendarDate(year: 1966, month: 12, day: 16)),
    ("2625 (XXV)", "General Assembly", "A/RES/2625(XXV)", CalendarDate(year: 1970, month: 10, day: 24)),
    ("3201 (S-VI)", "General Assembly", "A/RES/3201(S-VI)", CalendarDate(year: 1974, month: 5, day: 1)),
    ("S-26/2", "General Assembly", "A/RES/S-26/2", CalendarDate(year: 2001, month: 6, day: 27)),
    ("ES-10/14", "General Assembly", "A/RES/ES-10/14", CalendarDate(year: 2003, month: 12, day: 8)),
    ("242 (1967)", "Security Council", "S/RES/242(1967)", CalendarDate(year: 1967, month: 11, day: 22)),
    ("1325 (2000)", "Security Council", "S/RES/1325(2000)", CalendarDate(year: 2000, month: 10, day: 31)),
    ("1540 (2004)", "Security Council", "S/RES/1540(2004)", CalendarDate(year: 2004, month: 4, day: 28)),
    ("5/1", "Human Rights Council", "A/HRC/RES/5/1", CalendarDate(year: 2007, month: 6, day: 18)),
    ("16/21", "Human Rights Council", "A/HRC/RES/16/21", CalendarDate(year: 2011, month: 3, day: 25)),
    ("1996/31", "Economic and Social Council", "E/RES/1996/31", CalendarDate(year: 1996, month: 7, day: 25)),
    ("2005/69", "Commission on Human Rights", "E/CN.4/RES/2005/69", CalendarDate(year: 2005, month: 4, day: 20)),
  ]

  /// Session numbers written as ordinal words: `Seventy-eighth`.
  static func ordinalWords(_ n: Int) -> String {
    let units = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
    let teens = [
      "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth",
      "Eighteenth", "Nineteenth",
    ]
    let tens = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]
    let tenths = [
      "", "", "Twentieth", "Thirtieth", "Fortieth", "Fiftieth", "Sixtieth", "Seventieth", "Eightieth", "Ninetieth",
    ]
    switch n {
    case 1..<10: return units[n].prefix(1).uppercased() + units[n].dropFirst()
    case 10..<20: return teens[n - 10]
    case 20..<100: return n % 10 == 0 ? tenths[n / 10] : tens[n / 10] + "-" + units[n % 10]
    default: return "\(n)th"
    }
  }

  /// `1st`, `2nd`, `3rd`, `11th`, `45th`.
  static func ordinalNumber(_ n: Int) -> String {
    let suffix =
      switch (n % 10, n % 100) {
      case (_, 11...13): "th"
      case (1, _): "st"
      case (2, _): "nd"
      case (3, _): "rd"
      default: "th"
      }
    return "\(n)\(suffix)"
  }
}
