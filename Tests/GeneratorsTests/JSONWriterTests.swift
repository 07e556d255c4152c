import Foundation
import Generators
import Testing

@Suite("JSON writer")
struct JSONWriterTests {
  static let strings = [
    "", "plain ASCII", "Giấy khai sinh — bản sao", "50.000 ₫", "quote \" and backslash \\", "line\nbreak\r\ttab",
    "control \u{01}\u{1F}", "separators \u{2028} \u{2029}", "</script><script>alert(1)</script>", "emoji 🇻🇳",
  ]

  @Test("every string reads back as itself, escaped where JSON and scripts need it", arguments: strings)
  func roundTrip(text: String) throws {
    let written = JSONValue.object(["k": .string(text)]).text
    let parsed = try #require(try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: String])
    #expect(parsed["k"] == text)
    #expect(!written.contains("\u{2028}") && !written.contains("\u{2029}"))
    #expect(written.unicodeScalars.allSatisfy { $0.value >= 0x20 || $0 == "\n" })
  }

  @Test("keys sorted, two spaces per level at any depth, a final newline")
  func layout() {
    var value = JSONValue.integer(1)
    for _ in 0..<20 { value = .array([value]) }
    let lines = JSONValue.object(["b": value, "a": "x"]).text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[1] == "  \"a\": \"x\",")
    #expect(lines[2] == "  \"b\": [")
    #expect(lines[22] == String(repeating: "  ", count: 21) + "1")  // the object, then 20 arrays
    #expect(lines.last == "")
  }
}
