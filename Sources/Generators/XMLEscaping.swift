/// Escaping author text for XML and HTML, the only way text enters those outputs.
enum Markup {
  /// Text content and attribute values: `& < > " '` become entities.
  static func escape(_ text: String) -> String {
    replacingScalars(in: text, ifAnyByte: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) {
      scalar in
      switch scalar {
      case "&": "&amp;"
      case "<": "&lt;"
      case ">": "&gt;"
      case "\"": "&quot;"
      case "'": "&#39;"
      // Control characters other than tab and line breaks are not allowed in XML.
      case "\t", "\n", "\r": nil
      default: scalar.value < 0x20 ? "" : nil
      }
    }
  }

  /// One pass over `text`, each scalar kept (`nil`) or replaced by what `replacement` gives.
  /// Only ASCII scalars are replaced, and only those whose byte `isSpecial` accepts; text
  /// without such a byte (most text) is returned whole after one byte scan.
  static func replacingScalars(
    in text: String, ifAnyByte isSpecial: (UInt8) -> Bool, _ replacement: (Unicode.Scalar) -> String?
  ) -> String {
    guard text.containsUTF8Byte(where: isSpecial) else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if let replaced = replacement(scalar) { out += replaced } else { out.unicodeScalars.append(scalar) }
    }
    return out
  }
}
