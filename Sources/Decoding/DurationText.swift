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

  /// `3` → 6, `0.5` or `0,5` → 1; nil for other fractions or non-numbers.
  private static func halves(_ text: String) -> Int? {
    let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
    guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.allSatisfy({ $0.isWholeNumberDigit }),
      whole.count <= 6, let wholeValue = Int(whole)
    else { return nil }
    if whole.count > 1 && whole.first == "0" { return nil }
    if parts.count == 1 { return wholeValue * 2 }
    switch parts[1] {
    case "0": return wholeValue * 2
    case "5": return wholeValue * 2 + 1
    default: return nil
    }
  }
}
