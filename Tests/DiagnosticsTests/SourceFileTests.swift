import Diagnostics
import Testing

@Suite("Source files turn marks into author positions")
struct SourceFileTests {
  @Test("a byte-order mark is dropped and does not shift columns")
  func byteOrderMark() {
    let file = SourceFile(path: "a.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array("code: 1\n".utf8))
    #expect(file.hadByteOrderMark)
    #expect(file.bytes.first == UInt8(ascii: "c"))
    #expect(file.position(of: Mark(line: 0, column: 6)) == SourcePosition(line: 1, column: 7))
  }

  @Test("CRLF, CR, LF, NEL, LS and PS each end one line")
  func lineBreaks() {
    let file = SourceFile(path: "a.yaml", text: "a\r\nb\rc\nd\u{85}e\u{2028}f\u{2029}g")
    #expect(file.lineCount == 7)
    #expect((1...7).map { file.lineText($0) } == ["a", "b", "c", "d", "e", "f", "g"])
  }

  @Test("columns count characters: a decomposed Vietnamese letter is one column")
  func decomposedCharacters() {
    // "ệ" written as e + U+0323 + U+0302: three scalars, one character.
    let file = SourceFile(path: "a.yaml", text: "name: Vie\u{0323}\u{0302}t x")
    // libyaml counts scalars: "x" is scalar 12 (0-based).
    #expect(file.position(of: Mark(line: 0, column: 12)) == SourcePosition(line: 1, column: 11))
  }

  @Test("invalid UTF-8 is found with its byte offset")
  func invalidUTF8() {
    let file = SourceFile(path: "a.yaml", bytes: Array("ok: 1\nname: Đ".utf8) + [0xC3, 0x28])
    #expect(file.firstInvalidUTF8Offset == 14)
    #expect(file.position(of: file.mark(ofByte: 14)) == SourcePosition(line: 2, column: 8))
  }

  @Test("overlong encodings and surrogates are invalid")
  func illFormedSequences() {
    #expect(SourceFile(path: "a", bytes: [0xC0, 0xAF]).firstInvalidUTF8Offset == 0)
    #expect(SourceFile(path: "a", bytes: [0xED, 0xA0, 0x80]).firstInvalidUTF8Offset == 0)
    #expect(SourceFile(path: "a", bytes: [0xF4, 0x90, 0x80, 0x80]).firstInvalidUTF8Offset == 0)
    #expect(SourceFile(path: "a", bytes: Array("Việt Nam 🇻🇳".utf8)).firstInvalidUTF8Offset == nil)
  }

  /// The scan skips eight ASCII bytes at a time; every break, non-ASCII letter and invalid
  /// byte is put at each offset within an eight-byte word, in long ASCII runs, and the
  /// lines and first invalid byte are compared with a byte-by-byte reading.
  @Test("breaks, letters and invalid bytes are found at every offset within a word", arguments: [
    Array("\n".utf8), Array("\r".utf8), Array("\r\n".utf8), Array("\u{85}".utf8), Array("\u{2028}".utf8), Array("ệ".utf8), [0xFF],
  ])
  func everyOffsetInAWord(inserted: [UInt8]) {
    for offset in 0..<24 {
      let bytes = Array(repeating: UInt8(ascii: "a"), count: offset) + inserted + Array(repeating: UInt8(ascii: "b"), count: 30)
      let file = SourceFile(path: "a", bytes: bytes)
      let breaks = ["\n", "\r", "\r\n", "\u{85}", "\u{2028}"].map { Array($0.utf8) }
      #expect(file.lineStarts == (breaks.contains(inserted) ? [0, offset + inserted.count] : [0]), "offset \(offset)")
      #expect(file.firstInvalidUTF8Offset == (inserted == [0xFF] ? offset : nil), "offset \(offset)")
      #expect(file.lineText(file.lineCount) == String(repeating: "b", count: 30) || !breaks.contains(inserted))
    }
  }
}
