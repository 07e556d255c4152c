import Generators
import Testing

/// String literals that are safe in JavaScript and inside an HTML `<script>`.
@Suite("JavaScript string literals")
struct JavaScriptStringTests {
  @Test("escapes exactly what must be escaped", arguments: [
    ("Đăng ký khai sinh — bản sao", #""Đăng ký khai sinh — bản sao""#),
    ("", #""""#),
    (#"say "hi" \ bye"#, #""say \"hi\" \\ bye""#),
    ("</script><b>&amp;", #""\u003c/script\u003e\u003cb\u003e\u0026amp;""#),
    ("line\nbreak\r\ttab\u{1}\u{1F}", #""line\nbreak\r\ttab\u0001\u001f""#),
    ("a\u{2028}b\u{2029}c", #""a\u2028b\u2029c""#),
    ("dấu — “ngoặc” ‘đơn’ …", #""dấu — “ngoặc” ‘đơn’ …""#),
    ("\u{7F}é😀", "\"\u{7F}é😀\""),
  ])
  func literal(text: String, expected: String) {
    #expect(JavaScriptEmitter.jsString(text) == expected)
  }
}
