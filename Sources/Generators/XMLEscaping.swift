/// Escaping author text for XML and HTML, the only way text enters those outputs.
enum Markup {
  /// Text content and attribute values: `& < > " '` become entities.
  static func escape(_ text: String) -> String {
    replacingScalars(in: text) { scalar in
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
  static func replacingScalars(in text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if let replaced = replacement(scalar) { out += replaced } else { out.unicodeScalars.append(scalar) }
    }
    return out
  }
}
