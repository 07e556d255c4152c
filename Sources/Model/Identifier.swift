/// The rule for ids of fields, documents, fees, steps, agencies, roles and sectors.
public enum Identifier {
  public static let maxLength = 64

  /// `[a-z][a-z0-9_]*`, at most 64 characters.
  public static func isValid(_ text: String) -> Bool {
    let bytes = text.utf8
    guard let first = bytes.first, bytes.count <= maxLength, first >= 0x61 && first <= 0x7A else { return false }
    return bytes.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }
  }
}

/// The national procedure code: one digit, a dot and six digits (`1.001193`).
/// It becomes a file name, so nothing else is accepted.
public enum ProcedureCode {
  public static func isValid(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 8, bytes[1] == 0x2E else { return false }
    return bytes.enumerated().allSatisfy { index, byte in index == 1 || (byte >= 0x30 && byte <= 0x39) }
  }
}

extension Text {
  /// Two lowercase ASCII letters (ISO 639-1).
  public static func isLanguageCode(_ text: String) -> Bool {
    let bytes = text.utf8
    return bytes.count == 2 && bytes.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
  }
}
