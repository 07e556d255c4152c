@testable import Generators
import Testing

/// The escapers through which author text enters HTML, XML, Markdown, Mermaid, CSV and
/// scripts: text with nothing to escape comes back whole, the rest character by character.
@Suite("Escaping author text")
struct EscapingTests {
  @Test("HTML and XML: & < > \" ' become entities, control characters other than tab and line breaks go", arguments: [
    ("Đăng ký khai sinh — bản sao", "Đăng ký khai sinh — bản sao"),
    ("", ""),
    (#"a & b < c > d "e" 'f'"#, "a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;"),
    ("tab\tline\nreturn\r", "tab\tline\nreturn\r"),
    ("control\u{1}x\u{1F}y", "controlxy"),
    ("&\u{301} dấu", "&amp;\u{301} dấu"),
  ])
  func markup(text: String, expected: String) {
    #expect(Markup.escape(text) == expected)
  }

  @Test("Markdown table cells: pipes escaped, & and < as entities, every line break a space", arguments: [
    ("Tiếp nhận hồ sơ", "Tiếp nhận hồ sơ"),
    ("a | b", #"a \| b"#),
    ("a & <b>", "a &amp; &lt;b>"),
    ("one\ntwo", "one two"),
    ("one\r\ntwo", "one  two"),
    ("one\rtwo", "one two"),
  ])
  func markdownCell(text: String, expected: String) {
    #expect(WorkflowTableGenerator.cell(text) == expected)
  }

  @Test("Mermaid labels: quotes and angle brackets as entities, every line break a space", arguments: [
    ("Ký & đóng dấu", "Ký & đóng dấu"),
    (#"say "hi" <b>"#, "say #quot;hi#quot; #lt;b#gt;"),
    ("one\r\ntwo", "one  two"),
  ])
  func mermaidLabel(text: String, expected: String) {
    #expect(WorkflowTableGenerator.mermaid(text) == expected)
  }

  @Test("CSV fields: quoted when they hold a comma, a quote or any line break, quotes doubled", arguments: [
    ("Chủ tịch UBND", "Chủ tịch UBND"),
    ("a,b", #""a,b""#),
    (#"say "hi""#, #""say ""hi""""#),
    ("one\ntwo", "\"one\ntwo\""),
    ("one\r\ntwo", "\"one\r\ntwo\""),
    ("one\rtwo", "\"one\rtwo\""),
  ])
  func csvField(text: String, expected: String) {
    #expect(WorkflowCSVGenerator.field(text) == expected)
  }

  @Test("a script literal appended to text already written is the same literal", arguments: [
    "Đăng ký", "", #"say "hi" \ bye"#, "</script>&", "line\nbreak\u{1}", "a\u{2028}b",
  ])
  func appendedLiteral(text: String) {
    var out = Array("var TEXT = ".utf8)
    JavaScriptEmitter.appendString(text, to: &out)
    #expect(out == Array(("var TEXT = " + JavaScriptEmitter.jsString(text)).utf8))
  }
}
