/// Escaping author text for XML and HTML, the only way text enters those outputs.
enum Markup {
  /// Text content and attribute values: `& < > " '` become entities.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default:
        // Control characters other than tab and line breaks are not allowed in XML.
        if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
