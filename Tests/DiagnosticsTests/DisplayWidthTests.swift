@testable import Diagnostics
import Testing

/// Excerpts underline by display columns: the caret under a Vietnamese or Chinese word must
/// line up on a terminal.
@Suite("display width")
struct DisplayWidthTests {
  @Test("ASCII is one column; marks none; wide characters and emoji two", arguments: [
    ("a", 1), ("~", 1), (" ", 1), ("\r\n", 1), ("\u{7F}", 1),
    ("ệ", 1), ("e\u{302}\u{323}", 1), ("\u{301}", 0), ("Đ", 1),
    ("漢", 2), ("한", 2), ("👍", 2), ("❤\u{FE0F}", 2), ("Ａ", 2),
  ] as [(Character, Int)])
  func width(character: Character, columns: Int) {
    #expect(DisplayWidth.of(character) == columns)
  }

  @Test("a line's width is its characters' widths")
  func line() {
    #expect(DisplayWidth.of("Hộ tịch 戶籍 ✔️"[...]) == 7 + 1 + 4 + 1 + 2)
  }
}
