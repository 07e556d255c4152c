import Testing
import YAMLReader

@Suite("Text signatures")
struct TextSignatureTests {
  /// Keys of every length from 1 to 16, multi-byte ones, and the last key at the very end of
  /// the document's text (where the eight-byte load cannot be used).
  static let keys = (1...16).map { String("abcdefghijklmnop".prefix($0)) } + ["ngày", "giờ", "abcdefgX", "abcdefgY", "ab"]

  @Test("a scalar's signature is the signature of its text, wherever the text lies")
  func matchesText() throws {
    let yaml = Self.keys.enumerated().map { "\($0.element)\($0.offset): v" }.joined(separator: "\n") + "\n\"\": x\nz: "
      + "\"\"\n"
    let document = try #require(read(yaml).document)
    for entry in document.entries(document.root) {
      for node in [entry.key, entry.value] {
        #expect(document.textSignature(node) == YAMLDocument.textSignature(of: document.text(node)), "\(document.text(node))")
      }
    }
  }

  @Test("texts of up to seven bytes have equal signatures exactly when they are equal")
  func shortTextsAreWhole() {
    let texts = ["", "a", "b", "ab", "ba", "abc", "abcdefg", "abcdefh", "giờ", "gio", "a\u{0}", "\u{0}a"]
    for first in texts {
      for second in texts {
        #expect(
          (YAMLDocument.textSignature(of: first) == YAMLDocument.textSignature(of: second)) == (first == second),
          "\(first.debugDescription) \(second.debugDescription)")
      }
    }
    // Longer texts agree on their length and first seven bytes only.
    #expect(YAMLDocument.textSignature(of: "abcdefgX") == YAMLDocument.textSignature(of: "abcdefgY"))
    #expect(YAMLDocument.textSignature(of: "abcdefgX") != YAMLDocument.textSignature(of: "abcdefgXY"))
  }
}
