/// Lays synthetic paragraphs out as text extracted from a UN PDF: hard line breaks at a fixed width,
/// words split at their hyphens or hyphenated at line ends, footnotes at the foot of the page that
/// holds their marker, and running headers with page counters (`2/5`) and job numbers on every page
/// after the first.
struct SyntheticPageLayout {
  /// A paragraph as words; a word may end in a glued footnote marker (`Development,3`).
  struct Paragraph {
    var words: [Substring] = []
    /// The footnote numbers whose markers end the word at the same index.
    var markers: [Int: Int] = [:]
    /// The operative number, printed on its own line before the text.
    var number: Int?

    /// Appends the words of `text`.
    mutating func append(_ text: String) {
      words.append(contentsOf: text.split(separator: " "))
    }

    /// Glues footnote marker `marker` to the last word.
    mutating func glue(marker: Int) {
      guard let last = words.indices.last else { return }
      words[last] = Substring(String(words[last]) + String(marker))
      markers[last] = marker
    }
  }

  private struct Line {
    var text: String
    var footnotes: [Int] = []
  }

  private var lines: [Line] = []
  private var footnotes: [Int: String] = [:]
  private var random: SeededGenerator
  private let width: Int

  init(random: SeededGenerator, width: Int = 86) {
    self.random = random
    self.width = width
  }

  /// Records the text of footnote `number`.
  mutating func footnote(_ number: Int, text: String) { footnotes[number] = text }

  /// Adds a blank separator line (a single space, as PDF extraction leaves it).
  mutating func blank() { lines.append(Line(text: " ")) }

  /// Adds raw lines that are not wrapped, such as the closing meeting line.
  mutating func raw(_ text: String) {
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) { lines.append(Line(text: String(line))) }
  }

  /// Wraps `paragraph` into lines and adds them, followed by a blank line.
  mutating func add(_ paragraph: Paragraph) {
    if let number = paragraph.number { lines.append(Line(text: "\(number). ")) }
    var current = ""
    var notes: [Int] = []
    func flush(_ layout: inout SyntheticPageLayout) {
      // PDF extraction leaves a space at the end of a line, except after a hyphen that splits a word.
      layout.lines.append(Line(text: current.hasSuffix("-") ? current : current + " ", footnotes: notes))
      current = ""
      notes = []
    }
    for (index, word) in paragraph.words.enumerated() {
      var word = String(word)
      let needed = current.isEmpty ? word.utf8.count : current.utf8.count + 1 + word.utf8.count
      if needed > width && !current.isEmpty {
        let room = width - current.utf8.count - 1
        if let (head, tail) = split(word, room: room) {
          current += " " + head
          word = tail
        }
        flush(&self)
      }
      current += current.isEmpty ? word : " " + word
      if let marker = paragraph.markers[index] { notes.append(marker) }
    }
    if !current.isEmpty { flush(&self) }
    blank()
  }

  /// Splits a word that does not fit in `room` columns: after one of its own hyphens (`Non-Self-` /
  /// `Governing`), or now and then by hyphenation of a long word (`reso-` / `lutions`).
  private mutating func split(_ word: String, room: Int) -> (String, String)? {
    let characters = Array(word)
    guard room >= 4, characters.allSatisfy({ $0.isLetter || "-,;.".contains($0) }) else { return nil }
    if let hyphen = characters.indices.last(where: { characters[$0] == "-" && $0 + 1 < room && $0 > 0 }),
      hyphen + 1 < characters.count
    {
      return (String(characters[...hyphen]), String(characters[(hyphen + 1)...]))
    }
    guard characters.count >= 9, !characters.contains("-"), random.chance(0.08) else { return nil }
    // Hyphenation keeps at least four letters on each side, as typesetters do.
    let cut = min(room - 1, characters.count - 4)
    guard cut >= 4 else { return nil }
    return (String(characters[..<cut]) + "-", String(characters[cut...]))
  }

  /// The laid-out text: `cover` first, then the pages, each after the first with its running
  /// header (the symbol, and `shortTitle` when the document has one), footnotes at the foot of the
  /// page where their markers stand.
  func text(cover: String, symbol: String, shortTitle: String?, job: String) -> String {
    var pages: [[Line]] = [[]]
    var used = 0
    var capacity = 36
    for line in lines {
      let noteLines = line.footnotes.reduce(0) { $0 + 2 + (footnotes[$1]?.count ?? 0) / width }
      if used + 1 + noteLines > capacity && !(pages.last?.isEmpty ?? true) {
        pages.append([])
        used = 0
        capacity = 46
      }
      pages[pages.count - 1].append(line)
      used += 1 + noteLines
    }
    var out = cover
    out.reserveCapacity(cover.utf8.count + lines.count * (width + 2))
    for (index, page) in pages.enumerated() {
      let number = index + 1
      if number > 1 {
        // Security Council resolutions have no title, so their running header is the symbol alone.
        let even = shortTitle.map { "\(symbol) \n\($0)\n" } ?? "\(symbol) \n"
        let odd = shortTitle.map { "\($0) \n\(symbol)\n" } ?? "\(symbol) \n"
        out +=
          number % 2 == 0
          ? "\(even) \n\(job)\n\(number)/\(pages.count) \n \n \n"
          : "\(odd) \n\(number)/\(pages.count)\n\(job) \n \n \n"
      }
      var notes: [Int] = []
      for line in page {
        out += line.text
        out += "\n"
        notes += line.footnotes
      }
      if !notes.isEmpty {
        out += "__________________ \n \n"
        for (position, note) in notes.enumerated() {
          out += "\(note)  \(footnotes[note] ?? "") \n"
          if position + 1 < notes.count { out += " \n" }
        }
      }
      out += "\n"
    }
    return out
  }
}
