import CiteGraph
import Testing

/// Written dates two or more sessions away from the symbol: kept with a finding when the body is
/// explicit, left out with a note when only the number's shape suggested the General Assembly.
extension ExtractionTests {
  private func findingSummary(_ resolved: ResolvedDocument) -> [String] {
    resolved.findings.map { "\($0.location.line):\($0.location.column) \($0.severity.rawValue) \($0.code)" }
  }

  @Test("an explicit body keeps a misdated reference and reports CG102 where it stands")
  func explicitBodyMisdated() throws {
    let source = """
      A/RES/79/907

      79/907. Science and technology

      The General Assembly,

      Recalling its resolution 78/160 of 19 December 2019,

      Recalling also General Assembly resolution 77/320 of 25 July 2013,

      1. Requests a report.

      """
    let resolved = try resolve(source)
    #expect(
      summary(resolved) == [
        "A/RES/78/160 recalls 78/160 of 19 December 2019", "A/RES/77/320 recalls 77/320 of 25 July 2013",
      ])
    // Session 78 ran from September 2023, session 77 from September 2022: both dates are years off.
    // "Recalling its resolution " is 25 bytes, "Recalling also General Assembly resolution " 43.
    #expect(findingSummary(resolved) == ["7:26 warning CG102", "9:44 warning CG102"])
  }

  @Test("a number whose body was only inferred, dated sessions away, is no reference but a CG102 note")
  func inferredBodyMisdated() throws {
    let source = """
      A/RES/79/908

      79/908. Regional cooperation

      The General Assembly,

      Noting the adoption, at the seventy-ninth session of the regional commission, of resolution 79/8
      of 19 May 2023 on the Aral Sea,

      Noting also the adoption by the Economic and Social Commission for Asia and the Pacific in its
      resolution 73/8 of 19 May 2017 of a work programme,

      1. Requests a report.

      """
    let resolved = try resolve(source)
    #expect(summary(resolved).isEmpty)
    // The first is left out with a note at "79/8" (line 7, after 92 bytes); the second names its body,
    // ESCAP, by "by the … in its", so it is simply another body's resolution: nothing to report.
    #expect(findingSummary(resolved) == ["7:93 note CG102"])
  }

  @Test("a body line wrapping before \"adopted at\" does not end the text: dates below stay dates")
  func adoptedInsideBody() throws {
    let source = """
      A/RES/79/909

      79/909. Digital cooperation

      The General Assembly,

      Reaffirming the political declaration
      adopted at the high-level political forum and contained in the annex to its resolution 78/1 of
      29 September 2023,

      Welcoming resolution 79/1,

      1. Requests a report.

      """
    let resolved = try resolve(source)
    #expect(
      summary(resolved) == [
        "A/RES/78/1 reaffirms 78/1 of 29 September 2023", "A/RES/79/1 welcomes 79/1",
      ])
    #expect(try DocumentReader.read(bytes: Array(source.utf8), file: "n.txt").footnotes.isEmpty)
  }
}
