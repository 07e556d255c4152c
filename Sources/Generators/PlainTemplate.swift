/// A Mustache template made only of text and simple variables — `{{name}}` (HTML-escaped)
/// and `{{{name}}}` (as it is), each name letters, digits and `_` with no spaces — rendered
/// straight into bytes.
///
/// Such a template means the same to swift-mustache: text is copied, a variable is its
/// value, a missing one is empty, and `{{name}}` escapes `<`, `>`, `&`, `"` and `'` by
/// Character, as swift-mustache's `htmlEscape` does (so a quote carrying a combining mark is
/// one Character and left alone there as here). Anything else — sections, partials,
/// comments, transforms, spaces inside the braces, other delimiters — is not a plain
/// template (`init` gives nil) and is left to swift-mustache. `FormPageTemplateTests`
/// renders templates through both and compares the bytes.
struct PlainTemplate: Sendable {
  enum Part: Sendable, Equatable {
    case text([UInt8])
    case escaped(String)
    case raw(String)
  }

  let parts: [Part]

  init?(_ source: String) {
    let bytes = Array(source.utf8)
    var parts: [Part] = []
    var text: [UInt8] = []
    var index = 0
    while index < bytes.count {
      guard bytes[index] == 0x7B, index + 1 < bytes.count, bytes[index + 1] == 0x7B else {
        text.append(bytes[index])
        index += 1
        continue
      }
      // A tag: `{{{name}}}` or `{{name}}`, nothing else.
      let triple = index + 2 < bytes.count && bytes[index + 2] == 0x7B
      let nameStart = index + (triple ? 3 : 2)
      var nameEnd = nameStart
      while nameEnd < bytes.count, Self.isNameByte(bytes[nameEnd]) { nameEnd += 1 }
      let closing = triple ? 3 : 2
      guard nameEnd > nameStart, nameEnd + closing <= bytes.count,
        bytes[nameEnd..<nameEnd + closing].allSatisfy({ $0 == 0x7D })
      else { return nil }
      if !text.isEmpty { parts.append(.text(text)) }
      text = []
      let name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)
      parts.append(triple ? .raw(name) : .escaped(name))
      index = nameEnd + closing
    }
    if !text.isEmpty { parts.append(.text(text)) }
    self.parts = parts
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
  }

  /// The page with `values` (UTF-8) in place of the variables.
  func render(_ values: [String: [UInt8]]) -> [UInt8] {
    var size = 0
    for part in parts {
      switch part {
      case .text(let bytes): size += bytes.count
      case .escaped(let name), .raw(let name): size += values[name]?.count ?? 0
      }
    }
    var out: [UInt8] = []
    out.reserveCapacity(size + size / 16)
    for part in parts {
      switch part {
      case .text(let bytes): out.append(contentsOf: bytes)
      case .raw(let name): if let value = values[name] { out.append(contentsOf: value) }
      case .escaped(let name):
        guard let value = values[name] else { continue }
        if value.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) {
          Self.appendEscaped(String(decoding: value, as: UTF8.self), to: &out)
        } else {
          out.append(contentsOf: value)
        }
      }
    }
    return out
  }

  /// `text` as swift-mustache's `htmlEscape` writes it.
  static func appendEscaped(_ text: String, to out: inout [UInt8]) {
    guard text.containsUTF8Byte(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else {
      out.append(contentsOf: text.utf8)
      return
    }
    for character in text {
      switch character {
      case "<": out.append(contentsOf: "&lt;".utf8)
      case ">": out.append(contentsOf: "&gt;".utf8)
      case "&": out.append(contentsOf: "&amp;".utf8)
      case "\"": out.append(contentsOf: "&quot;".utf8)
      case "'": out.append(contentsOf: "&#39;".utf8)
      default: out.append(contentsOf: character.utf8)
      }
    }
  }
}
