import Diagnostics
import Foundation
import TestSupport
import Testing

/// One canned list through every renderer: Vietnamese text, a wide character, a tab, a
/// range over several lines, a note in another file, a file without source.
@Suite("Renderers")
struct RendererTests {
  static let procedure = SourceFile(
    path: "Procedures/ho_tich/khai_sinh.yaml",
    text: """
      code: 1.001193
      name: {vi: "Đăng ký khai sinh 出生", en: Birth registration}
      steps:
      \t- id: tiep_nhan
        - actor: can_bo_tu_phap
      fees:
        - amount: 50.000

      """)
  static let other = SourceFile(path: "Procedures/ho_tich/trung.yaml", text: "code: 1.001193\n")

  static var canned: [Diagnostic] {
    let file = procedure
    return [
      Diagnostic(
        code: .R004, range: file.range(Span(start: Mark(line: 0, column: 6), end: Mark(line: 0, column: 14))),
        message: LocalizedText(vi: "mã thủ tục 1.001193 đã được dùng", en: "procedure code 1.001193 is already used"),
        help: LocalizedText(vi: "mỗi mã quốc gia chỉ thuộc một thủ tục", en: "each national code belongs to one procedure"),
        notes: [DiagnosticNote(
          range: other.range(Span(start: Mark(line: 0, column: 6), end: Mark(line: 0, column: 14))),
          message: LocalizedText(vi: "thủ tục dùng mã này trước", en: "the procedure that uses it first"))]),
      Diagnostic(
        code: .S013, severity: .warning,
        range: file.range(Span(start: Mark(line: 1, column: 13), end: Mark(line: 1, column: 35))),
        message: LocalizedText(vi: "văn bản \"Đăng ký khai sinh 出生\" có chữ Hán", en: "text \"Đăng ký khai sinh 出生\" has Han characters")),
      Diagnostic(
        code: .Y002, range: file.range(Span(start: Mark(line: 3, column: 0), end: Mark(line: 3, column: 1))),
        message: LocalizedText(vi: "thụt lề bằng ký tự tab", en: "this line is indented with a tab"),
        help: LocalizedText(vi: "thay tab bằng dấu cách", en: "replace the tab with spaces")),
      Diagnostic(
        code: .R003, severity: .note,
        range: file.range(Span(start: Mark(line: 4, column: 11), end: Mark(line: 6, column: 4))),
        message: LocalizedText(vi: "phạm vi nhiều dòng", en: "a range over several lines")),
      Diagnostic(
        code: .R006,
        range: SourceRange(file: "Procedures/sectors.yaml", start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1)),
        message: LocalizedText(vi: "không tìm thấy sectors.yaml", en: "sectors.yaml is missing"),
        help: LocalizedText(vi: "tạo tệp, rồi\nchạy lại", en: "create it, then\nrun again")),
    ]
  }

  static var context: [Language: RenderContext] {
    var contexts: [Language: RenderContext] = [:]
    for language in Language.allCases {
      contexts[language] = RenderContext(
        language: language, filesChecked: 3, sources: [procedure.path: procedure, other.path: other])
    }
    return contexts
  }

  static let goldens = directory() + "/Goldens/"

  @Test("text, plain", arguments: Language.allCases)
  func text(language: Language) {
    let output = TextRenderer(colored: false).render(Self.canned.sortedUnique(), context: Self.context[language]!)
    assertGolden(output, path: Self.goldens + "text.\(language.rawValue).txt")
  }

  @Test("text, coloured")
  func coloured() {
    let output = TextRenderer(colored: true).render(Self.canned.sortedUnique(), context: Self.context[.en]!)
    assertGolden(output, path: Self.goldens + "text.colour.txt")
    #expect(output.contains("\u{1B}[1;31merror[R004]\u{1B}[0m"))
  }

  @Test("json", arguments: Language.allCases)
  func json(language: Language) throws {
    let output = JSONRenderer().render(Self.canned.sortedUnique(), context: Self.context[language]!)
    assertGolden(output, path: Self.goldens + "diagnostics.\(language.rawValue).json")
    let object = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
    let items = try #require(object?["diagnostics"] as? [[String: Any]])
    #expect(items.count == 5)
    for item in items {
      for key in ["severity", "code", "file", "line", "column", "endLine", "endColumn", "message", "help", "notes"] {
        #expect(item[key] != nil, "missing \(key)")
      }
    }
  }

  @Test("github")
  func github() {
    let output = GitHubRenderer().render(Self.canned.sortedUnique(), context: Self.context[.vi]!)
    assertGolden(output, path: Self.goldens + "github.txt")
    #expect(output.split(separator: "\n").allSatisfy { $0.hasPrefix("::") })
  }

  @Test("an empty list says no problems were found")
  func empty() {
    #expect(TextRenderer(colored: false).render([], context: Self.context[.en]!) == "No problems found in 3 files.\n")
    #expect(TextRenderer(colored: false).render([], context: Self.context[.vi]!) == "Không có lỗi trong 3 tệp.\n")
  }

  /// Thousands of diagnostics are rendered in chunks on all cores; the text must be the same
  /// as rendering them one after another, in the order given.
  @Test func manyDiagnosticsRenderInOrder() {
    let renderer = TextRenderer(colored: false)
    let context = Self.context[.en]!
    let many = (0..<3_000).map { index in
      var diagnostic = Self.canned[index % Self.canned.count]
      diagnostic.message = LocalizedText(vi: "số \(index)", en: "number \(index)")
      return diagnostic
    }
    // Each alone: its block, then the one-line summary.
    func block(_ text: String) -> Substring { text[...text.dropLast().lastIndex(of: "\n")!] }
    let blocks = many.map { block(renderer.render([$0], context: context)) }
    let whole = renderer.render(many, context: context)
    #expect(block(whole) == blocks.joined())
    #expect(whole.contains("number 2999"))
    // GitHub annotations are written in chunks too: the whole is each one alone, in order.
    let github = GitHubRenderer()
    #expect(github.render(many, context: context) == many.map { github.render([$0], context: context) }.joined())
  }

  @Test("github: data and properties are escaped as workflow commands require")
  func githubEscaping() {
    let diagnostic = Diagnostic(
      code: .R004,
      range: SourceRange(
        file: "a:b,c%d.yaml", start: SourcePosition(line: 2, column: 3), end: SourcePosition(line: 2, column: 5)),
      message: LocalizedText(vi: "50% xong\r\ndòng hai", en: "50% done\r\nline two"),
      help: LocalizedText(vi: "gợi ý: a,b", en: "hint: a,b"))
    let output = GitHubRenderer().render([diagnostic], context: Self.context[.en]!)
    #expect(
      output
        == "::error file=a%3Ab%2Cc%25d.yaml,line=2,col=3,endColumn=5,title=R004 \(DiagnosticCode.R004.info.name)::"
        + "50%25 done%0D%0Aline two%0Ahint: a,b\n")
  }
}
