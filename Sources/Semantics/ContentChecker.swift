import Diagnostics
import Model

/// Checks of values that each make sense alone but not together: amounts, bounds, defaults,
/// languages the catalog requires.
public enum ContentChecker {
  public static func check(_ procedure: Procedure, requiredLanguages: [String]) -> [Diagnostic] {
    var bag = DiagnosticBag(file: procedure.source)
    for fee in procedure.fees {
      for amount in [fee.amount, fee.onlineAmount].compactMap({ $0 }) {
        if case .fixed(let value) = amount.value, value < 0 {
          bag.report(
            .C001, at: amount.span,
            LocalizedText(vi: "số tiền \(value) là số âm", en: "amount \(value) is negative"),
            help: LocalizedText(vi: "số tiền từ 0 trở lên; miễn phí thì viết 0", en: "amounts are 0 or more; write 0 for free"))
        }
      }
      if case .fixed(let normal) = fee.amount.value, let online = fee.onlineAmount, case .fixed(let reduced) = online.value,
        reduced > normal
      {
        bag.report(
          .C002, at: online.span,
          LocalizedText(
            vi: "giá trực tuyến \(reduced) cao hơn giá thường \(normal)",
            en: "the online price \(reduced) is above the normal price \(normal)"),
          help: LocalizedText(
            vi: "online_amount là giá giảm khi nộp trực tuyến; kiểm tra lại hai số",
            en: "online_amount is the reduced price for online filing; check both numbers"),
          notes: [bag.note(at: fee.amount.span, LocalizedText(vi: "giá thường ở đây", en: "the normal price"))])
      }
      if let until = fee.onlineUntil, fee.onlineAmount == nil, !procedure.hasDecodingErrors {
        bag.report(
          .C006, at: until.span,
          LocalizedText(vi: "online_until không có online_amount đi kèm", en: "online_until has no online_amount to end"),
          help: LocalizedText(vi: "thêm online_amount, hoặc xóa online_until", en: "add online_amount, or remove online_until"))
      }
    }
    for field in procedure.fields {
      checkBounds(field, into: &bag)
      if let value = field.defaultValue, !field.options.isEmpty {
        let values = field.options.map { $0.value.value }
        let chosen: [String]
        switch value.value {
        case .choice(let one): chosen = [one]
        case .choices(let many): chosen = many
        default: chosen = []
        }
        for choice in chosen where !values.contains(choice) {
          bag.report(
            .C003, at: value.span,
            LocalizedText(vi: "giá trị mặc định \"\(choice)\" không có trong options", en: "default \"\(choice)\" is not one of the options"),
            help: LocalizedText(vi: "các giá trị: \(values.joined(separator: ", "))", en: "values: \(values.joined(separator: ", "))"))
        }
      }
    }
    if !requiredLanguages.isEmpty {
      procedure.forEachText { text in
        let missing = requiredLanguages.filter { text[$0] == nil }
        guard !missing.isEmpty else { return }
        bag.report(
          .C005, at: text.span,
          LocalizedText(
            vi: "văn bản thiếu \(missing.joined(separator: ", ")) (catalog.yaml yêu cầu)",
            en: "this text has no \(missing.joined(separator: ", ")) (catalog.yaml requires it)"),
          help: LocalizedText(
            vi: "viết {vi: …, \(missing[0]): …}", en: "write {vi: …, \(missing[0]): …}"))
      }
    }
    return bag.diagnostics
  }

  private static func checkBounds(_ field: Field, into bag: inout DiagnosticBag) {
    if let low = field.minLength, let high = field.maxLength, low.value > high.value {
      report(lowSpan: low.span, highSpan: high.span, "min_length \(low.value)", "max_length \(high.value)", into: &bag)
    }
    guard let low = field.min, let high = field.max else { return }
    let above: Bool
    switch (low.value, high.value) {
    case (.integer(let a), .integer(let b)), (.money(let a), .money(let b)): above = a > b
    case (.number(let a), .number(let b)): above = a > b
    case (.date(let a), .date(let b)): above = a > b
    default: above = false
    }
    if above { report(lowSpan: low.span, highSpan: high.span, "min", "max", into: &bag) }
  }

  private static func report(lowSpan: Span, highSpan: Span, _ low: String, _ high: String, into bag: inout DiagnosticBag) {
    bag.report(
      .C004, at: lowSpan,
      LocalizedText(vi: "\(low) lớn hơn \(high)", en: "\(low) is above \(high)"),
      help: LocalizedText(vi: "đổi chỗ hai giá trị, hoặc sửa một trong hai", en: "swap the two values, or correct one"),
      notes: [bag.note(at: highSpan, LocalizedText(vi: "giới hạn trên ở đây", en: "the upper bound"))])
  }
}
