import Diagnostics
import Testing
import TestSupport

@testable import YAMLReader

/// A file whose characters `SourceFile` has found all allowed is put into libyaml's buffer
/// at once instead of through libyaml's reader; both must give the same document and the
/// same diagnostics, byte for byte, for any input.
@Suite("Preloading libyaml's buffer")
struct PreloadTests {
  /// Characters of every class libyaml's reader tells apart: printable ASCII, tab, the line
  /// breaks (LF, CR, NEL, LS, PS), Vietnamese letters, a byte-order mark inside the text,
  /// characters outside the basic plane, and the ones it refuses (C0 and C1 controls, DEL,
  /// U+FFFE, U+FFFF).
  static let alphabet: [Unicode.Scalar] = [
    "a", "z", "0", " ", ":", "-", "#", "\"", "'", "[", "]", "{", "}", ",", "&", "*", "!", "|", ">", "\\",
    "\t", "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}",
    "đ", "ă", "ệ", "ữ", "\u{A0}", "\u{FEFF}", "\u{FFFD}", "\u{1F600}", "\u{10FFFF}",
    "\u{0}", "\u{1}", "\u{1B}", "\u{1F}", "\u{7F}", "\u{80}", "\u{84}", "\u{86}", "\u{9F}", "\u{FFFE}", "\u{FFFF}",
  ]

  /// YAML 1.1's printable characters, which are all libyaml's reader lets through.
  static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  @Test("a file's character count is kept exactly when libyaml would accept every character")
  func characterCount() {
    var random = SeededRandom(seed: 7)
    for _ in 0..<2_000 {
      let length = Int.random(in: 0...40, using: &random)
      var scalars = String.UnicodeScalarView()
      for _ in 0..<length {
        // Mostly printable ASCII, so that the eight-byte steps are taken too.
        let scalar: Unicode.Scalar =
          Bool.random(using: &random) ? Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &random))
          : Self.alphabet.randomElement(using: &random)!
        scalars.append(scalar)
      }
      let text = String(scalars)
      let file = SourceFile(path: "t.yaml", text: text)
      let expected = text.unicodeScalars.allSatisfy(Self.isAllowed) ? text.unicodeScalars.count : nil
      // A leading byte-order mark is not part of `bytes`.
      let counted = file.hadByteOrderMark ? file.yamlCharacterCount.map { $0 + 1 } : file.yamlCharacterCount
      #expect(counted == expected, "\(Array(text.unicodeScalars.map(\.value)))")
    }
  }

  @Test("invalid UTF-8 is never preloaded")
  func invalidUTF8() {
    for bytes: [UInt8] in [[0x61, 0xFF, 0x0A], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x80], [0xF4, 0x90, 0x80, 0x80]] {
      #expect(SourceFile(path: "t.yaml", bytes: bytes).yamlCharacterCount == nil)
    }
  }

  @Test("preloaded and read through libyaml's reader, every document and diagnostic is the same")
  func sameAsReader() {
    var random = SeededRandom(seed: 11)
    let pieces = [
      "code: 1.001193\n", "name:\n  vi: Đăng ký khai sinh\n  en: Birth registration\n", "- a\n- b\n",
      "list: [a, \"b\\u00e9\", 'c''d']\n", "text: |\n  dòng một\n  dòng hai\n", "folded: >\n  a\n  b\n",
      "anchor: &x {k: v}\n", "alias: *x\n", "# ghi chú\n", "  nested:\n    deep: 1\n", "key: \"\\t\\x41\"\n",
      "? complex\n: value\n", "---\n", "...\n", "!tag value\n", "emoji: 😀\n", "bad: [\n", "k: v\r\n",
    ]
    for round in 0..<600 {
      var text = ""
      for _ in 0..<Int.random(in: 0...12, using: &random) {
        text += pieces.randomElement(using: &random)!
        if Int.random(in: 0..<4, using: &random) == 0 {
          text.unicodeScalars.append(Self.alphabet.randomElement(using: &random)!)
        }
      }
      if round.isMultiple(of: 7), let last = text.popLast() { text += String(last) + String(repeating: " ", count: round % 5) }
      assertSameReads(Array(text.utf8), "\(text.debugDescription)")
    }
  }

  @Test("files at the buffer's size and past it are read the same either way")
  func largeFiles() {
    // libyaml's buffer holds 49,152 bytes; a file too large to preload goes through its reader.
    for size in [49_000, 49_143, 49_144, 49_145, 49_152, 60_000] {
      var text = ""
      var index = 0
      while text.utf8.count < size {
        text += "k\(index): giá trị \(index)\n"
        index += 1
      }
      var bytes = Array(text.utf8.prefix(size))
      if let last = bytes.last, last >= 0x80 { bytes[bytes.count - 1] = 0x0A }
      assertSameReads(bytes, "size \(size)")
    }
  }

  private func assertSameReads(_ bytes: [UInt8], _ comment: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let source = SourceFile(path: "t.yaml", bytes: bytes)
    let preloaded = YAMLReader.read(source, limits: .standard, preloading: true)
    let throughReader = YAMLReader.read(source, limits: .standard, preloading: false)
    #expect(describe(preloaded) == describe(throughReader), Comment(rawValue: comment), sourceLocation: sourceLocation)
  }

  /// Every node (kind, style, flow, span, text, children) and every diagnostic, as text.
  private func describe(_ result: YAMLReader.Result) -> [String] {
    var lines = result.diagnostics.map { "\($0.code.rawValue) \($0.range) \($0.message.en)" }
    if let document = result.document {
      lines.append("root \(document.root.index)")
      for index in document.nodes.indices {
        let id = NodeID(Int32(index))
        let node = document[id]
        var line = "\(node.kind) \(node.style) \(node.isFlow) \(node.span) \(document.text(id).debugDescription)"
        if node.kind == .sequence { line += " \(document.items(id).map(\.index))" }
        if node.kind == .mapping { line += " \(document.entries(id).map { [$0.key.index, $0.value.index] })" }
        lines.append(line)
      }
    }
    return lines
  }
}
