import Diagnostics
import Model

/// Reading `<number> <unit>` durations, in English or Vietnamese units.
enum DurationText {
  /// Every unit word accepted, for help text.
  static let unitWords = [
    "working_day(s)", "day(s)", "hour(s)", "month(s)", "ngày làm việc", "ngày", "giờ", "tháng",
  ]

  private static let units: [String: DurationUnit] = [
    "working_day": .workingDays, "working_days": .workingDays, "ngày làm việc": .workingDays,
    "day": .days, "days": .days, "ngày": .days,
    "hour": .hours, "hours": .hours, "giờ": .hours,
    "month": .months, "months": .months, "tháng": .months,
  ]

  enum Parse {
    case value(Duration)
    case problem(LocalizedText)
  }

  static func parse(_ raw: String) -> Parse {
    // The common case, `<digits> <unit as listed>`, without normalising anything.
    if let space = raw.utf8.firstIndex(of: 0x20), let unit = units[String(raw[raw.index(after: space)...])],
      let amount = halves(String(raw[..<space]))
    {
      return .value(Duration(halves: amount, unit: unit))
    }
    let text = raw.nfc.trimmingSpaces
    guard let space = text.firstIndex(of: " ") else {
      if !text.isEmpty, text.allSatisfy({ $0.isWholeNumberDigit || $0 == "." || $0 == "," }) {
        return .problem(LocalizedText(
          vi: "thời hạn \(quoted(raw)) thiếu đơn vị", en: "duration \(quoted(raw)) has no unit"))
      }
      return .problem(LocalizedText(
        vi: "\(quoted(raw)) không phải thời hạn <số> <đơn vị>", en: "\(quoted(raw)) is not a duration <number> <unit>"))
    }
    let number = String(text[..<space])
    let unitText = String(text[text.index(after: space)...]).trimmingSpaces.lowercased()
      .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    guard let unit = units[unitText] else {
      let suggestion = Suggestions.closest(to: unitText, in: Array(units.keys).sorted())
      return .problem(LocalizedText(
        vi: "\(quoted(unitText)) không phải đơn vị thời gian" + (suggestion.map { "; có phải ý bạn là \(quoted($0))?" } ?? ""),
        en: "\(quoted(unitText)) is not a unit of time" + (suggestion.map { "; did you mean \(quoted($0))?" } ?? "")))
    }
    guard let halves = halves(number) else {
      return .problem(LocalizedText(
        vi: "\(quoted(number)) không phải số nguyên hoặc số rưỡi (0.5)",
        en: "\(quoted(number)) is not a whole or half number (0.5)"))
    }
    return .value(Duration(halves: halves, unit: unit))
  }

  /// `3` → 6, `0.5` or `0,5` → 1; nil for other fractions or non-numbers. The whole part
  /// has one to six ASCII digits and no leading zero; the fraction, if any, is one digit.
  private static func halves(_ text: String) -> Int? {
    var whole = 0
    var wholeDigits = 0
    var leadingZero = false
    var fraction: UInt8?
    var afterSeparator = false
    for byte in text.utf8 {
      if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") {
        if afterSeparator { return nil }
        afterSeparator = true
        continue
      }
      guard NumberText.isDigit(byte) else { return nil }
      if afterSeparator {
        if fraction != nil { return nil }
        fraction = byte
        continue
      }
      if wholeDigits == 0 { leadingZero = byte == UInt8(ascii: "0") }
      wholeDigits += 1
      if wholeDigits > 6 { return nil }
      whole = whole * 10 + Int(byte - UInt8(ascii: "0"))
    }
    guard wholeDigits > 0, !(leadingZero && wholeDigits > 1) else { return nil }
    guard afterSeparator else { return whole * 2 }
    switch fraction {
    case UInt8(ascii: "0"): return whole * 2
    case UInt8(ascii: "5"): return whole * 2 + 1
    default: return nil
    }
  }
}
