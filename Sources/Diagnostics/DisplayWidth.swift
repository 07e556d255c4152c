/// Terminal column widths, so an underline sits under the right characters.
enum DisplayWidth {
  /// Columns a Character takes on a terminal: 0 for a lone combining mark, 2 for wide
  /// East Asian characters and emoji, otherwise 1.
  static func of(_ character: Character) -> Int {
    if character.isASCII { return 1 }  // most of every excerpt: no property to look up
    guard let first = character.unicodeScalars.first else { return 0 }
    let value = first.value
    if first.properties.generalCategory == .nonspacingMark || first.properties.generalCategory == .enclosingMark {
      return 0
    }
    if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
    return isWide(value) ? 2 : 1
  }

  /// Columns a string takes.
  static func of(_ text: Substring) -> Int {
    text.reduce(0) { $0 + of($1) }
  }

  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}
