import Diagnostics
import Testing
import YAMLReader

/// Reads bytes and returns the document and diagnostics.
func read(_ bytes: [UInt8], limits: ReaderLimits = .standard) -> YAMLReader.Result {
  YAMLReader.read(SourceFile(path: "t.yaml", bytes: bytes), limits: limits)
}

func read(_ text: String, limits: ReaderLimits = .standard) -> YAMLReader.Result {
  read(Array(text.utf8), limits: limits)
}

/// `code@line:column` for each diagnostic, for compact expectations.
func places(_ result: YAMLReader.Result) -> [String] {
  result.diagnostics.map { "\($0.code.rawValue)@\($0.range.start.line):\($0.range.start.column)" }
}

@Suite("YAML reader")
struct ReaderTests {
  @Test("scalars keep their text and style; nothing is typed by YAML 1.1 guessing")
  func scalarsKeepText() throws {
    let result = read("code: 1.001193\nother: 2.000150\ncountry: NO\ntemplate: 0012\nq: '50.000'\nt: 15:00\n")
    let document = try #require(result.document)
    let texts = document.entries(document.root).map { document.text($0.value) }
    #expect(texts == ["1.001193", "2.000150", "NO", "0012", "50.000", "15:00"])
    let styles = document.entries(document.root).map { document[$0.value].style }
    #expect(styles[4] == .singleQuoted && styles[0] == .plain)
    #expect(result.diagnostics.isEmpty)
  }

  @Test("nodes keep start and end positions")
  func positions() throws {
    let result = read("name: Đăng ký\nlist: [a, bb]\n")
    let document = try #require(result.document)
    let list = document.entries(document.root)[1].value
    let file = document.source
    #expect(file.range(document.span(list)).start == SourcePosition(line: 2, column: 7))
    #expect(file.range(document.span(list)).end == SourcePosition(line: 2, column: 14))
    let name = document.entries(document.root)[0].value
    #expect(file.range(document.span(name)).end == SourcePosition(line: 1, column: 14))
  }

  @Test("a byte-order mark and CRLF line endings read fine")
  func bomAndCRLF() throws {
    let result = read([0xEF, 0xBB, 0xBF] + Array("a: 1\r\nb: [x,\r\n  y]\r\n".utf8))
    let document = try #require(result.document)
    #expect(result.diagnostics.isEmpty)
    let y = document.items(document.entries(document.root)[1].value)[1]
    #expect(document.source.range(document.span(y)).start == SourcePosition(line: 3, column: 3))
    #expect(document.text(y) == "y")
  }

  @Test("a tab in indentation is located at the tab")
  func tabs() {
    #expect(places(read("a:\n\tb: 1\n")) == ["Y002@2:1"])
    #expect(places(read("a:\n  b: 1\n \tc: 2\n")) == ["Y002@3:2"])
    #expect(places(read("a: [1,\n\t2]\nb:\n\t- x\n")) == ["Y002@4:1"])
  }

  @Test("every duplicate key is reported with a note at the first")
  func duplicateKeys() throws {
    let result = read("name: a\nx:\n  k: 1\n  k: 2\nname: b\nname: c\n")
    #expect(places(result) == ["Y004@4:3", "Y004@5:1", "Y004@6:1"])
    let note = try #require(result.diagnostics[1].notes.first?.range)
    #expect(note.start == SourcePosition(line: 1, column: 1))
    #expect(result.document != nil)
  }

  @Test("invalid UTF-8 is reported at its line and column")
  func invalidUTF8() {
    let result = read(Array("name: Đăng\nhint: ".utf8) + [0xE1, 0xBB] + Array(" x\n".utf8))
    #expect(places(result) == ["Y003@2:7"])
    #expect(result.diagnostics[0].message.en == "byte 0xE1 is not valid UTF-8")
    #expect(result.document == nil)
  }

  @Test("the top level must be a mapping")
  func topLevel() {
    #expect(places(read("- a\n- b\n")) == ["Y005@1:1"])
    #expect(places(read("just text\n")) == ["Y005@1:1"])
  }

  @Test("an empty file, or one with comments only, is reported")
  func emptyFile() {
    #expect(places(read("")) == ["Y006@1:1"])
    #expect(places(read("# only a comment\n\n")) == ["Y006@1:1"])
    #expect(places(read("---\n")) == ["Y006@1:1"])
  }

  @Test("a billion-laughs file is refused within the budget")
  func aliasBomb() {
    var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    var previous = "a"
    for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
      text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
      previous = name
    }
    let result = read(text)
    #expect(result.diagnostics.map(\.code) == [.Y007])
    #expect(result.document == nil)
    // A modest use of aliases reads fine and shares the node.
    let fine = read("base: &b {copies: 1}\nother: *b\n")
    #expect(fine.diagnostics.isEmpty)
    let document = fine.document!
    #expect(document.entries(document.root)[0].value == document.entries(document.root)[1].value)
  }

  @Test("100,000-deep nesting is refused at the depth limit without recursion", arguments: [
    ("[", "]"), ("{a: ", "}"),
  ])
  func deepNesting(open: String, close: String) {
    let depth = 100_000
    let text = "a: " + String(repeating: open, count: depth) + "1" + String(repeating: close, count: depth) + "\n"
    let result = read(text)
    // The top-level mapping is the first of 64 levels: 63 collections open inside it, and
    // the 64th, after "a: " and 63 openings, is refused where it starts.
    #expect(places(result) == ["Y008@1:\(4 + 63 * open.count)"])
  }

  @Test("deep block nesting is refused too")
  func deepBlockNesting() {
    let text = "a:\n" + String(repeating: "- ", count: 100_000) + "x\n"
    #expect(read(text).diagnostics.map(\.code) == [.Y008])
  }

  @Test("a file over the size limit is refused before parsing")
  func sizeLimit() {
    let result = read("a: " + String(repeating: "x", count: 2_000) + "\n", limits: ReaderLimits(maxFileBytes: 1_000))
    #expect(places(result) == ["Y009@1:1"])
  }

  @Test("aliases must name an anchor defined before them, outside themselves")
  func undefinedAliases() {
    #expect(places(read("a: *nowhere\n")) == ["Y010@1:4"])
    #expect(places(read("a: &x [1, *x]\n")) == ["Y010@1:11"])
  }

  @Test("a second document, a complex key, a tag and a control character are reported")
  func otherReaderProblems() {
    #expect(places(read("a: 1\n---\nb: 2\n")) == ["Y011@2:1"])
    #expect(places(read("? [a, b]\n: 1\n")) == ["Y012@1:3"])
    #expect(places(read("a: !!str 12\n")) == ["Y013@1:4"])
    #expect(places(read("a: x\u{07}y\n")) == ["Y014@1:5"])
  }

  @Test("syntax errors are located and explained")
  func syntaxErrors() {
    let unclosed = read("a: \"open\nb: 2\n")
    #expect(unclosed.diagnostics.map(\.code) == [.Y001])
    let colon = read("name: Bước 1: tiếp nhận\n")
    #expect(places(colon) == ["Y001@1:13"])
    #expect(colon.diagnostics[0].help?.en.contains("double quotes") == true)
  }
}
