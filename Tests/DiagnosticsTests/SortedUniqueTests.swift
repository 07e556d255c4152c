import Diagnostics
import Testing

/// `sortedUnique` orders diagnostics by file, place, code and message, and drops exact
/// repeats only — also when a different diagnostic with the same sort key lies between them.
@Suite("Sorted and unique")
struct SortedUniqueTests {
  static let file = SourceFile(path: "Procedures/a.yaml", text: "code: 1\nname: A\n")
  static let other = SourceFile(path: "Procedures/b.yaml", text: "code: 2\n")

  static func diagnostic(
    _ source: SourceFile = file, line: Int, code: DiagnosticCode = .S013, en: String = "same", help: String? = nil
  ) -> Diagnostic {
    Diagnostic(
      code: code, severity: .warning, range: source.range(Span(at: Mark(line: line, column: 0))),
      message: LocalizedText(vi: en, en: en), help: help.map { LocalizedText(vi: $0, en: $0) })
  }

  @Test func ordersByFilePlaceCodeAndMessage() {
    let expected = [
      Self.diagnostic(line: 0, code: .R004), Self.diagnostic(line: 0, code: .S013, en: "a"),
      Self.diagnostic(line: 0, code: .S013, en: "b"), Self.diagnostic(line: 1), Self.diagnostic(Self.other, line: 0),
    ]
    #expect(Array(expected.reversed()).sortedUnique() == expected)
  }

  @Test func dropsRepeatsEvenWithADifferentDiagnosticOfTheSameKeyBetween() {
    let plain = Self.diagnostic(line: 1)
    let helped = Self.diagnostic(line: 1, help: "fix it")  // same sort key, not equal
    let result = [plain, helped, plain, Self.diagnostic(line: 0), helped, plain].sortedUnique()
    #expect(result.count == 3)
    #expect(result[0] == Self.diagnostic(line: 0))
    #expect(Set(result[1...]) == [plain, helped])
  }

  @Test func keepsDiagnosticsThatDifferOnlyInTheirNotes() {
    let bare = Self.diagnostic(line: 1)
    var noted = bare
    noted.notes = [DiagnosticNote(range: nil, message: LocalizedText(vi: "x", en: "x"))]
    #expect([noted, bare, noted, bare].sortedUnique().count == 2)
  }
}
