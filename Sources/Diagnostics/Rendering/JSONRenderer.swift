/// `--format json`: one object with every diagnostic and a summary, keys sorted, messages
/// in the chosen language.
///
/// The layout is Foundation's `JSONEncoder` with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes` (two-space indents, `" : "`, an empty array as `[`, an empty
/// line and `]`), written directly: a national tree's tens of thousands of notes are
/// rendered in chunks on all cores instead of built as a tree of values on one.
public struct JSONRenderer: DiagnosticRenderer, Sendable {
  public init() {}

  public func render(_ diagnostics: [Diagnostic], context: RenderContext) -> String {
    var out = "{\n  \"diagnostics\" : [\n"
    // With no diagnostics this is JSONEncoder's empty array too: "[", an empty line, "]".
    out += ChunkedText.joined(count: diagnostics.count) { indices in
      var out = ""
      out.reserveCapacity(indices.count * 600)
      for index in indices {
        if index > 0 { out += ",\n" }
        item(diagnostics[index], language: context.language, into: &out)
      }
      return out
    }
    out += "\n  ],\n"
    out += "  \"summary\" : {\n"
    out += "    \"errors\" : \(diagnostics.count(of: .error)),\n"
    out += "    \"files\" : \(context.filesChecked),\n"
    out += "    \"notes\" : \(diagnostics.count(of: .note)),\n"
    out += "    \"warnings\" : \(diagnostics.count(of: .warning))\n"
    out += "  }\n}\n"
    return out
  }

  /// One diagnostic, its members in sorted order: `help` is `null` when there is none, so
  /// the key is always there.
  private func item(_ diagnostic: Diagnostic, language: Language, into out: inout String) {
    let range = diagnostic.range
    out += "    {\n      \"code\" : "
    Self.string(diagnostic.code.rawValue, into: &out)
    out += ",\n      \"column\" : \(range.start.column),\n      \"endColumn\" : \(range.end.column),\n"
    out += "      \"endLine\" : \(range.end.line),\n      \"file\" : "
    Self.string(range.file, into: &out)
    out += ",\n      \"help\" : "
    if let help = diagnostic.help { Self.string(help[language], into: &out) } else { out += "null" }
    out += ",\n      \"line\" : \(range.start.line),\n      \"message\" : "
    Self.string(diagnostic.message[language], into: &out)
    out += ",\n      \"name\" : "
    Self.string(diagnostic.code.info.name, into: &out)
    out += ",\n      \"notes\" : [\n"
    for (index, note) in diagnostic.notes.enumerated() {
      out += index == 0 ? "        {\n" : ",\n        {\n"
      if let noteRange = note.range {
        out += "          \"column\" : \(noteRange.start.column),\n          \"file\" : "
        Self.string(noteRange.file, into: &out)
        out += ",\n          \"line\" : \(noteRange.start.line),\n"
      }
      out += "          \"message\" : "
      Self.string(note.message[language], into: &out)
      out += "\n        }"
    }
    out += "\n      ],\n      \"severity\" : "
    Self.string(diagnostic.severity.rawValue, into: &out)
    out += "\n    }"
  }

  /// A JSON string as `JSONEncoder` writes it: `"` and `\` escaped, the control characters
  /// as `\b`, `\f`, `\n`, `\r`, `\t` or `\u00xx`, everything else (slashes, non-ASCII) as is.
  static func string(_ text: String, into out: inout String) {
    out += "\""
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C }) {
      out += text
    } else {
      let hex: [Character] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f"]
      for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\u{08}": out += "\\b"
        case "\u{0C}": out += "\\f"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "\u{00}"..."\u{1F}":
          out += "\\u00"
          out.append(hex[Int(scalar.value / 16)])
          out.append(hex[Int(scalar.value % 16)])
        default: out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}
