@testable import Generators
import Testing

@Suite("Text bytes")
struct TextBytesTests {
  @Test("integers are written as String(_:) writes them", arguments: [0, 1, -1, 9, 10, -10, 99, 100, 1_234_567_890, -987_654_321, Int.max, Int.min])
  func integers(value: Int) {
    var text = TextBytes(capacity: 0)
    text.add(value)
    #expect(text.bytes == Array(String(value).utf8))
  }

  @Test("strings of every storage are appended as their UTF-8")
  func strings() {
    let long = String(repeating: "Giấy khai sinh ", count: 3)
    let pieces = [
      "", "a", "exactly15bytes!", "sixteen bytes ok", "Đăng ký", "🇻🇳", long, String(long.dropFirst(2)), "e\u{301}",
    ]
    var text = TextBytes(capacity: 4)
    for piece in pieces { text.add(piece) }
    #expect(text.bytes == Array(pieces.joined().utf8))
  }

  @Test("pieces of mixed kinds are appended in order")
  func mixed() {
    var text = TextBytes(capacity: 16)
    text.add("<a x=\"", -5, "\" y=\"", 42, "\">", "Phí", "</a>\n")
    #expect(text.bytes == Array("<a x=\"-5\" y=\"42\">Phí</a>\n".utf8))
  }
}
