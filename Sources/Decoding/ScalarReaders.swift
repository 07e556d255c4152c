import Diagnostics
import Model
import YAMLReader

/// Readers for one scalar each: the schema says what a value is, never its look.
extension SchemaReader {
  /// A `lower_snake_case` id of at most 64 ASCII characters.
  mutating func identifier(_ node: NodeID, key: String? = nil) -> Located<String>? {
    let document = self.document
    guard let text = scalar(node, key: key, example: Self.identifierExample(document, node, key: key)) else { return nil }
    if Identifier.isValid(text) { return Located(text, at: span(node)) }
    reportBadIdentifier(text, at: span(node))
    return nil
  }

  /// For `sector: [ho_tich]` the example is `sector: ho_tich`.
  private static func identifierExample(_ document: YAMLDocument, _ node: NodeID, key: String?) -> String {
    let inner = document.kind(node) == .sequence ? document.items(node).first.map { document.text($0) } : nil
    return "\(key ?? "id"): \(inner.flatMap { Identifier.isValid($0) ? $0 : nil } ?? "ten_khong_dau")"
  }

  mutating func reportBadIdentifier(_ text: String, at span: Span) {
    let suggestion = Suggestions.identifier(from: text)
    let reason: LocalizedText
    if text.isEmpty {
      reason = LocalizedText(vi: "mã định danh trống", en: "the id is empty")
    } else if text.count > Identifier.maxLength {
      reason = LocalizedText(
        vi: "mã định danh \(quoted(text)) dài hơn \(Identifier.maxLength) ký tự",
        en: "id \(quoted(text)) is longer than \(Identifier.maxLength) characters")
    } else {
      reason = LocalizedText(
        vi: "mã định danh \(quoted(text)) không đúng dạng chữ thường không dấu nối bằng \"_\"",
        en: "id \(quoted(text)) is not lower_snake_case ASCII")
    }
    var help = LocalizedText(
      vi: "mã định danh chỉ gồm chữ a–z, số và \"_\", bắt đầu bằng chữ (nó trở thành tên trong biểu mẫu, JSON và tên tệp)",
      en: "an id has only a–z, digits and \"_\" and starts with a letter (it becomes a name in forms, JSON and file names)")
    if let suggestion, suggestion != text {
      help = LocalizedText(vi: "viết \(quoted(suggestion)); ", en: "write \(quoted(suggestion)); ") + help
    }
    bag.report(.S008, at: span, reason, help: help)
  }

  /// Text: a plain string (Vietnamese) or `{vi: …, en: …}`; NFC-normalised.
  mutating func text(_ node: NodeID, key: String? = nil) -> Text? {
    let nodeSpan = span(node)
    switch document.kind(node) {
    case .scalar:
      let value = document.text(node)
      guard !value.isBlank else {
        reportEmpty(at: nodeSpan, key: key)
        return nil
      }
      return Text(translations: [Text.Translation(language: "vi", value: value.nfc)], span: nodeSpan)
    case .mapping:
      let entries = document.entries(node)
      var translations: [Text.Translation] = []
      translations.reserveCapacity(entries.count)
      var ok = true
      for entry in entries {
        let language = document.text(entry.key)
        if isCommaSplit(key: entry.key, value: entry.value, in: node) {
          reportCommaSplit(key: entry.key)
          ok = false
          continue
        }
        guard Text.isLanguageCode(language) else {
          let suggestion = Suggestions.closest(to: language, in: ["vi", "en", "fr", "zh", "km", "lo"])
          bag.report(
            .S013, at: span(entry.key),
            LocalizedText(
              vi: "\(quoted(language)) không phải mã ngôn ngữ ISO 639-1",
              en: "\(quoted(language)) is not an ISO 639-1 language code"),
            help: LocalizedText(
              vi: (suggestion.map { "có phải ý bạn là \(quoted($0))? " } ?? "") + "dùng mã hai chữ: vi, en",
              en: (suggestion.map { "did you mean \(quoted($0))? " } ?? "") + "use two-letter codes: vi, en"))
          ok = false
          continue
        }
        guard let value = scalar(entry.value, key: language) else {
          ok = false
          continue
        }
        guard !value.isBlank else {
          reportEmpty(at: span(entry.value), key: language)
          ok = false
          continue
        }
        translations.append(Text.Translation(language: language, value: value.nfc))
      }
      if !translations.contains(where: { $0.language == "vi" }) && ok {
        // `vn` is the country, not the language: say so rather than only "vi is missing".
        let misspelt = translations.first { ["vn", "vie"].contains($0.language) }?.language
        bag.report(
          .S013, at: Span(at: nodeSpan.start),
          LocalizedText(vi: "văn bản thiếu tiếng Việt (vi)", en: "the text has no Vietnamese (vi)"),
          help: misspelt.map {
            LocalizedText(vi: "viết \"vi\" thay cho \"\($0)\": mã ngôn ngữ tiếng Việt là vi",
                          en: "write \"vi\" instead of \"\($0)\": the language code for Vietnamese is vi")
          } ?? LocalizedText(
            vi: "thêm \"vi: …\": tiếng Việt là bắt buộc ở mọi nơi", en: "add \"vi: …\": Vietnamese is required everywhere"))
        return nil
      }
      return ok ? Text(translations: translations, span: nodeSpan) : nil
    case .sequence:
      _ = expect(.scalar, node, key: key, example: "{vi: Đăng ký khai sinh, en: Birth registration}")
      return nil
    }
  }

  mutating func reportEmpty(at span: Span, key: String?) {
    let subject = key.map { LocalizedText(vi: "giá trị của \(quoted($0))", en: "the value of \(quoted($0))") }
      ?? LocalizedText(vi: "giá trị này", en: "this value")
    bag.report(
      .S015, at: span, subject + LocalizedText(vi: " đang trống", en: " is empty"),
      help: LocalizedText(vi: "điền giá trị, hoặc xóa cả dòng nếu khóa không bắt buộc",
                          en: "fill it in, or remove the whole line if the key is optional"))
  }

  /// `true` or `false` only; `yes`, `no`, `có`, `không`… are refused with the word to write.
  mutating func boolean(_ node: NodeID, key: String) -> Bool? {
    guard let text = scalar(node, key: key, example: "\(key): true") else { return nil }
    switch text {
    case "true": return true
    case "false": return false
    default: break
    }
    let meant: Bool? =
      switch text.lowercased().nfc {
      case "yes", "y", "on", "true", "có", "co", "đúng", "1": true
      case "no", "n", "off", "false", "không", "khong", "sai", "0": false
      default: nil
      }
    if let meant {
      bag.report(
        .S004, at: span(node),
        LocalizedText(vi: "\(quoted(text)) không phải giá trị đúng/sai", en: "\(quoted(text)) is not a yes/no value here"),
        help: LocalizedText(vi: "viết \(meant)", en: "write \(meant)"))
    } else {
      bag.report(
        .S004, at: span(node),
        LocalizedText(vi: "\(quoted(key)) cần true hoặc false, không phải \(quoted(text))",
                      en: "\(quoted(key)) needs true or false, not \(quoted(text))"),
        help: LocalizedText(vi: "viết true hoặc false", en: "write true or false"))
    }
    return nil
  }

  /// A whole number, with `_` allowed between digits; leading zeros are refused as ambiguous.
  mutating func integer(_ node: NodeID, key: String, range: ClosedRange<Int>? = nil) -> Located<Int>? {
    guard let text = scalar(node, key: key, example: "\(key): 1") else { return nil }
    switch NumberText.parseInteger(text) {
    case .value(let value):
      if let range, !range.contains(Int(value)) {
        bag.report(
          .S006, at: span(node),
          LocalizedText(vi: "\(quoted(key)) phải từ \(range.lowerBound) đến \(range.upperBound), không phải \(text)",
                        en: "\(quoted(key)) must be from \(range.lowerBound) to \(range.upperBound), not \(text)"),
          help: LocalizedText(vi: "viết một số từ \(range.lowerBound) đến \(range.upperBound)",
                              en: "write a number from \(range.lowerBound) to \(range.upperBound)"))
        return nil
      }
      return Located(Int(value), at: span(node))
    case .leadingZeros(let value):
      bag.report(
        .S006, at: span(node),
        LocalizedText(vi: "số \(quoted(text)) có số 0 ở đầu", en: "number \(quoted(text)) has leading zeros"),
        help: LocalizedText(vi: "viết \(value)", en: "write \(value)"))
      return nil
    case .invalid:
      bag.report(
        .S006, at: span(node),
        LocalizedText(vi: "\(quoted(key)) cần một số nguyên, không phải \(quoted(text))",
                      en: "\(quoted(key)) needs a whole number, not \(quoted(text))"),
        help: LocalizedText(vi: "viết chữ số, ví dụ \(key): 1", en: "write digits, e.g. \(key): 1"))
      return nil
    }
  }

  /// A decimal number (`1.5`); for `number` fields.
  mutating func decimal(_ node: NodeID, key: String) -> Located<Double>? {
    guard let text = scalar(node, key: key, example: "\(key): 1.5") else { return nil }
    if let value = NumberText.parseDecimal(text) { return Located(value, at: span(node)) }
    bag.report(
      .S006, at: span(node),
      LocalizedText(vi: "\(quoted(key)) cần một số, không phải \(quoted(text))",
                    en: "\(quoted(key)) needs a number, not \(quoted(text))"),
      help: LocalizedText(vi: "viết số với dấu chấm thập phân, ví dụ 1.5", en: "write a number with a decimal point, e.g. 1.5"))
    return nil
  }

  /// Whole đồng: `50000`, `50_000`, `"50 000"`; `50.000` and `50,000` are refused.
  mutating func money(_ node: NodeID, key: String) -> Located<Int64>? {
    guard let text = scalar(node, key: key, example: "\(key): 50000") else { return nil }
    switch NumberText.parseMoney(text) {
    case .value(let value):
      return Located(value, at: span(node))
    case .notMoney:
      bag.report(
        .S006, at: span(node),
        LocalizedText(vi: "\(quoted(key)) cần số tiền bằng chữ số, không phải \(quoted(text))",
                      en: "\(quoted(key)) needs an amount in digits, not \(quoted(text))"),
        help: LocalizedText(vi: "viết số đồng, ví dụ 50000", en: "write whole đồng, e.g. 50000"))
    case let other:
      reportMoneyProblem(other, text: text, at: span(node))
    }
    return nil
  }

  /// A fee amount: money, or an expression over the form's fields (checked later).
  mutating func amount(_ node: NodeID, key: String) -> Located<Amount>? {
    guard let text = scalar(node, key: key, example: "\(key): 50000") else { return nil }
    let result = NumberText.parseMoney(text)
    switch result {
    case .value(let value):
      return Located(.fixed(value), at: span(node))
    case .notMoney:
      guard !text.isBlank else {
        reportEmpty(at: span(node), key: key)
        return nil
      }
      return Located(.expression(text), at: span(node))
    default:
      reportMoneyProblem(result, text: text, at: span(node))
      return nil
    }
  }

  private mutating func reportMoneyProblem(_ problem: NumberText.MoneyParse, text: String, at span: Span) {
    switch problem {
    case .separator(let suggestion):
      bag.report(
        .S005, at: span,
        LocalizedText(
          vi: "số tiền \(quoted(text)) có dấu chấm hoặc dấu phẩy: trong YAML dấu chấm là dấu thập phân",
          en: "amount \(quoted(text)) has a dot or comma: in YAML a dot is a decimal point"),
        help: suggestion.map {
          LocalizedText(vi: "viết \($0) (hoặc \(NumberText.grouped($0)))", en: "write \($0) (or \(NumberText.grouped($0)))")
        } ?? LocalizedText(vi: "số tiền là số đồng nguyên, viết liền các chữ số", en: "amounts are whole đồng; write the digits only"))
    case .unit(let number):
      bag.report(
        .S006, at: span,
        LocalizedText(vi: "số tiền \(quoted(text)) có kèm đơn vị", en: "amount \(quoted(text)) includes a unit"),
        help: LocalizedText(
          vi: "chỉ viết số: \(number); đơn vị là đồng, trừ khi \"currency\" ghi khác",
          en: "write the number only: \(number); the unit is đồng unless \"currency\" says otherwise"))
    case .fraction:
      bag.report(
        .S006, at: span,
        LocalizedText(vi: "số tiền \(quoted(text)) không phải số nguyên", en: "amount \(quoted(text)) is not a whole number"),
        help: LocalizedText(vi: "số tiền tính bằng đồng nguyên", en: "amounts are in whole đồng"))
    case .leadingZeros(let value):
      bag.report(
        .S006, at: span,
        LocalizedText(vi: "số tiền \(quoted(text)) có số 0 ở đầu", en: "amount \(quoted(text)) has leading zeros"),
        help: LocalizedText(vi: "viết \(value)", en: "write \(value)"))
    case .value, .notMoney:
      break
    }
  }

  /// A date written `YYYY-MM-DD` that exists.
  mutating func date(_ node: NodeID, key: String) -> Located<CalendarDate>? {
    guard let text = scalar(node, key: key, example: "\(key): 2026-12-31") else { return nil }
    if let date = CalendarDate(iso: text) { return Located(date, at: span(node)) }
    bag.report(
      .S010, at: span(node),
      LocalizedText(vi: "\(quoted(text)) không phải ngày hợp lệ", en: "\(quoted(text)) is not a valid date"),
      help: LocalizedText(vi: "viết năm-tháng-ngày, ví dụ 2026-12-31", en: "write year-month-day, e.g. 2026-12-31"))
    return nil
  }

  /// A time of day `HH:MM`.
  mutating func timeOfDay(_ node: NodeID, key: String) -> Located<TimeOfDay>? {
    guard let text = scalar(node, key: key, example: "\(key): \"15:00\"") else { return nil }
    if let time = TimeOfDay(text: text) { return Located(time, at: span(node)) }
    reportTime(text, at: span(node))
    return nil
  }

  private mutating func reportTime(_ text: String, at span: Span) {
    bag.report(
      .S018, at: span,
      LocalizedText(vi: "\(quoted(text)) không phải giờ dạng HH:MM", en: "\(quoted(text)) is not a time written HH:MM"),
      help: LocalizedText(vi: "viết giờ 24h, ví dụ 07:30-11:30 hoặc 15:00", en: "use the 24-hour clock, e.g. 07:30-11:30 or 15:00"))
  }

  /// Office hours: a list of `HH:MM-HH:MM`, each ending after it starts, in order.
  mutating func officeHours(_ node: NodeID, key: String) -> Located<[OfficePeriod]>? {
    guard let items = list(node, key: key, example: "[07:30-11:30, 13:00-17:00]") else { return nil }
    var periods: [OfficePeriod] = []
    var ok = true
    for item in items {
      guard let text = scalar(item, key: key) else {
        ok = false
        continue
      }
      let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
      guard parts.count == 2, let start = TimeOfDay(text: parts[0]), let end = TimeOfDay(text: parts[1]) else {
        reportTime(text, at: span(item))
        ok = false
        continue
      }
      if end <= start || (periods.last.map { start < $0.end } ?? false) {
        bag.report(
          .S018, at: span(item),
          LocalizedText(vi: "khoảng giờ \(quoted(text)) kết thúc trước khi bắt đầu hoặc chồng lên khoảng trước",
                        en: "period \(quoted(text)) ends before it starts or overlaps the one before"),
          help: LocalizedText(vi: "liệt kê các khoảng theo thứ tự, ví dụ [07:30-11:30, 13:00-17:00]",
                              en: "list periods in order, e.g. [07:30-11:30, 13:00-17:00]"))
        ok = false
        continue
      }
      periods.append(OfficePeriod(start: start, end: end))
    }
    return ok ? Located(periods, at: span(node)) : nil
  }

  /// A duration `<number> <unit>`, Vietnamese units accepted.
  mutating func duration(_ node: NodeID, key: String) -> Located<Duration>? {
    guard let text = scalar(node, key: key, example: "\(key): 5 working_days") else { return nil }
    switch DurationText.parse(text) {
    case .value(let duration):
      return Located(duration, at: span(node))
    case .problem(let message):
      bag.report(
        .S007, at: span(node), message,
        help: LocalizedText(
          vi: "viết <số> <đơn vị>, ví dụ 5 working_days, 0.5 working_day, 2 hours, 15 ngày làm việc; đơn vị: \(listed(DurationText.unitWords))",
          en: "write <number> <unit>, e.g. 5 working_days, 0.5 working_day, 2 hours, 15 ngày làm việc; units: \(listed(DurationText.unitWords))"))
      return nil
    }
  }

  /// One value of a closed word list, with "did you mean" and Vietnamese synonyms.
  mutating func choice<T: RawRepresentable & CaseIterable>(
    _ node: NodeID, key: String, as type: T.Type, synonyms: [String: T] = [:], hidden: [T] = []
  ) -> Located<T>? where T.RawValue == String {
    guard let text = scalar(node, key: key) else { return nil }
    if let value = T(rawValue: text) { return Located(value, at: span(node)) }
    let allowed = T.allCases.filter { value in !hidden.contains { $0.rawValue == value.rawValue } }.map(\.rawValue)
    let meant = synonyms[Suggestions.identifier(from: text) ?? text]?.rawValue ?? Suggestions.closest(to: text, in: allowed)
    var help = LocalizedText(vi: "các giá trị: \(listed(allowed))", en: "values: \(listed(allowed))")
    if let meant {
      help = LocalizedText(vi: "viết \(quoted(meant)); ", en: "write \(quoted(meant)); ") + help
    }
    bag.report(
      .S011, at: span(node),
      LocalizedText(vi: "\(quoted(text)) không phải giá trị của \(quoted(key))",
                    en: "\(quoted(text)) is not a value of \(quoted(key))"),
      help: help)
    return nil
  }

  /// A list of closed-list words without repeats.
  mutating func choices<T: RawRepresentable & CaseIterable & Hashable>(
    _ node: NodeID, key: String, as type: T.Type, synonyms: [String: T] = [:], allowEmpty: Bool = false
  ) -> [Located<T>]? where T.RawValue == String {
    guard let items = list(node, key: key, example: "\(key): [\(T.allCases.map { $0.rawValue }.prefix(2).joined(separator: ", "))]")
    else { return nil }
    if items.isEmpty && !allowEmpty {
      reportEmpty(at: span(node), key: key)
      return nil
    }
    var values: [Located<T>] = []
    for item in items {
      guard let value = choice(item, key: key, as: type, synonyms: synonyms) else { continue }
      // A handful of words: comparing with those before beats hashing each.
      if let first = values.first(where: { $0.value == value.value })?.span {
        bag.report(
          .S021, at: value.span,
          LocalizedText(vi: "\(quoted(value.value.rawValue)) đã có trong danh sách", en: "\(quoted(value.value.rawValue)) is already in the list"),
          help: LocalizedText(vi: "xóa giá trị lặp lại", en: "remove the repeat"),
          notes: [bag.note(at: first, LocalizedText(vi: "lần đầu ở đây", en: "first here"))])
        continue
      }
      values.append(value)
    }
    return values
  }

  /// A national procedure code: one digit, a dot, six digits. Kept as text (`2.000150` keeps its zero).
  mutating func procedureCode(_ node: NodeID) -> Located<String>? {
    guard let text = scalar(node, key: "code", example: "code: 1.001193") else { return nil }
    if ProcedureCode.isValid(text) { return Located(text, at: span(node)) }
    bag.report(
      .S009, at: span(node),
      LocalizedText(vi: "\(quoted(text)) không phải mã thủ tục quốc gia", en: "\(quoted(text)) is not a national procedure code"),
      help: LocalizedText(
        vi: "mã thủ tục gồm một chữ số, dấu chấm và sáu chữ số, như trên Cổng Dịch vụ công quốc gia: 1.001193",
        en: "a procedure code is one digit, a dot and six digits, as on the National Public Service Portal: 1.001193"))
    return nil
  }

  /// An ISO 4217 currency code (`VND`, `USD`).
  mutating func currency(_ node: NodeID, key: String) -> Located<String>? {
    guard let text = scalar(node, key: key, example: "\(key): USD") else { return nil }
    if text.count == 3 && text.allSatisfy({ $0 >= "A" && $0 <= "Z" }) { return Located(text, at: span(node)) }
    let upper = text.uppercased()
    let help: LocalizedText =
      upper.count == 3 && upper.allSatisfy({ $0 >= "A" && $0 <= "Z" })
      ? LocalizedText(vi: "viết \(quoted(upper))", en: "write \(quoted(upper))")
      : LocalizedText(vi: "dùng mã ba chữ in hoa theo ISO 4217, ví dụ VND, USD", en: "use a three-letter ISO 4217 code such as VND or USD")
    bag.report(
      .S019, at: span(node),
      LocalizedText(vi: "\(quoted(text)) không phải mã tiền tệ ISO 4217", en: "\(quoted(text)) is not an ISO 4217 currency code"),
      help: help)
    return nil
  }

  /// A file size: bytes, or a number with `KB` or `MB`.
  mutating func fileSize(_ node: NodeID, key: String) -> Located<Int>? {
    guard let text = scalar(node, key: key, example: "\(key): 5MB") else { return nil }
    if let bytes = NumberText.parseFileSize(text) { return Located(bytes, at: span(node)) }
    bag.report(
      .S020, at: span(node),
      LocalizedText(vi: "\(quoted(text)) không phải dung lượng tệp", en: "\(quoted(text)) is not a file size"),
      help: LocalizedText(vi: "viết ví dụ 5MB, 500KB hoặc số byte", en: "write e.g. 5MB, 500KB or a number of bytes"))
    return nil
  }

  /// `end(<outcome>)` or a step id.
  mutating func stepTarget(_ node: NodeID, key: String) -> Located<StepTarget>? {
    guard let text = scalar(node, key: key, example: "\(key): tham_dinh") else { return nil }
    let nodeSpan = span(node)
    if text.hasPrefix("end") {
      let inner = text.dropFirst(3)
      if inner.hasPrefix("(") && inner.hasSuffix(")") && inner.count >= 2 {
        let outcome = String(inner.dropFirst().dropLast()).trimmingSpaces
        if Identifier.isValid(outcome) { return Located(.end(outcome), at: nodeSpan) }
      } else if text != "end" && Identifier.isValid(text) {
        return Located(.step(text), at: nodeSpan)  // a step whose id starts with "end"
      }
      bag.report(
        .S017, at: nodeSpan,
        LocalizedText(vi: "\(quoted(text)) không phải đích kết thúc hợp lệ", en: "\(quoted(text)) is not a valid end"),
        help: LocalizedText(vi: "viết end(<kết quả>), ví dụ end(issued) hoặc end(rejected)",
                            en: "write end(<outcome>), e.g. end(issued) or end(rejected)"))
      return nil
    }
    if Identifier.isValid(text) { return Located(.step(text), at: nodeSpan) }
    reportBadIdentifier(text, at: nodeSpan)
    return nil
  }

  /// An expression, kept as written with its place; the expression checker reads it.
  mutating func expression(_ node: NodeID, key: String) -> Located<String>? {
    guard let text = scalar(node, key: key, example: "\(key): late") else { return nil }
    guard !text.isBlank else {
      reportEmpty(at: span(node), key: key)
      return nil
    }
    return Located(text, at: span(node))
  }
}

extension String {
  /// Whether the text is empty or only spaces, tabs and line breaks (a byte scan).
  var isBlank: Bool {
    utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
  }

  /// Without leading and trailing spaces, tabs and line breaks.
  var trimmingSpaces: String {
    // Most values have nothing to trim: check the ends as bytes first.
    if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return self }
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
    let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
    return String(scalars[first...last])
  }
}
