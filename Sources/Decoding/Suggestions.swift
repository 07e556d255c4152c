import Diagnostics
import Foundation

/// "Did you mean" and suggested ids.
enum Suggestions {
  /// The candidate closest to `word`, if close enough to be a likely typo.
  static func closest(to word: String, in candidates: [String]) -> String? {
    EditDistance.closest(to: word, in: candidates)
  }

  /// An id made from author text: Vietnamese diacritics stripped, `đ` → `d`, words joined
  /// by `_`, camelCase split. `Giấy chứng sinh` → `giay_chung_sinh`. Nil when nothing is left.
  static func identifier(from text: String) -> String? {
    var words: [String] = []
    var word = ""
    var previousWasLower = false
    for scalar in text.decomposedScalars {
      if let ascii = asciiLetterOrDigit(scalar) {
        let isUpper = ascii >= "A" && ascii <= "Z"
        if isUpper && previousWasLower && !word.isEmpty {
          words.append(word)
          word = ""
        }
        word.append(ascii.lowercased())
        previousWasLower = !isUpper
      } else if scalar.properties.generalCategory == .nonspacingMark {
        continue
      } else {
        if !word.isEmpty { words.append(word) }
        word = ""
        previousWasLower = false
      }
    }
    if !word.isEmpty { words.append(word) }
    var joined = words.joined(separator: "_")
    if let first = joined.first, first.isNumber { joined = "id_" + joined }
    if joined.count > 64 {
      joined = String(joined.prefix(64))
      while joined.hasSuffix("_") { joined.removeLast() }
    }
    return joined.isEmpty ? nil : joined
  }

  private static func asciiLetterOrDigit(_ scalar: Unicode.Scalar) -> Character? {
    switch scalar {
    case "a"..."z", "A"..."Z", "0"..."9": return Character(scalar)
    case "đ": return "d"
    case "Đ": return "D"
    default: return nil
    }
  }
}

extension String {
  /// The text's scalars in canonical decomposition (NFD), so base letters and marks are apart.
  var decomposedScalars: [Unicode.Scalar] {
    Array(decomposedStringWithCanonicalMapping.unicodeScalars)
  }

  /// The text in Unicode NFC. Text without combining marks (U+0300–U+036F, lead bytes
  /// 0xCC/0xCD) is returned as is: that check is a byte scan, and full normalisation runs
  /// only for text typed with separate accent marks.
  var nfc: String {
    var copy = self
    let needsWork = copy.withUTF8 { bytes in bytes.contains { $0 == 0xCC || $0 == 0xCD } }
    return needsWork ? precomposedStringWithCanonicalMapping : self
  }
}
