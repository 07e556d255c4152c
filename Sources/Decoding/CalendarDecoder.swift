import Diagnostics
import Model
import YAMLReader

extension RegistryDecoder {
  static let calendarKeys = ["tet", "national_day", "extra_days_off", "extra_working_days"]

  /// `calendar.yaml`: year → `{tet, national_day, extra_days_off, extra_working_days}`.
  public static func calendar(_ document: YAMLDocument) -> (CalendarDefinition?, [Diagnostic]) {
    var reader = SchemaReader(document: document)
    var years: [CalendarYear] = []
    for entry in document.entries(document.root) {
      guard let year = reader.calendarYear(entry.key) else { continue }
      guard var map = reader.mapping(entry.value, .calendarYear, key: document.text(entry.key), keys: calendarKeys) else {
        continue
      }
      var calendar = CalendarYear(year: year)
      calendar.tetSpan = map.keyNode("tet").map { reader.span($0) }
      calendar.tet = map.take("tet").map { reader.dates($0, key: "tet") }
      calendar.nationalDay = map.take("national_day").map { reader.dates($0, key: "national_day") }
      calendar.extraDaysOff = map.take("extra_days_off").map { reader.dates($0, key: "extra_days_off") } ?? []
      calendar.extraWorkingDays = map.take("extra_working_days").map { reader.dates($0, key: "extra_working_days") } ?? []
      reader.finish(map)
      years.append(calendar)
    }
    reader.reportDuplicateIDs(years.map { Located(String($0.year.value), at: $0.year.span) }, in: "calendar.yaml")
    return (CalendarDefinition(source: document.source, years: years), reader.bag.diagnostics)
  }
}

extension SchemaReader {
  /// A year key: four digits from 1900 to 2199 (the calendar's range).
  mutating func calendarYear(_ node: NodeID) -> Located<Int>? {
    guard let text = scalar(node, key: "year") else { return nil }
    if text.count == 4, let year = Int(text), (1900...2199).contains(year) { return Located(year, at: span(node)) }
    bag.report(
      .K005, at: span(node),
      LocalizedText(vi: "\(quoted(text)) không phải năm từ 1900 đến 2199", en: "\(quoted(text)) is not a year from 1900 to 2199"),
      help: LocalizedText(vi: "khóa ở cấp ngoài cùng là năm, ví dụ 2026:", en: "top-level keys are years, e.g. 2026:"))
    return nil
  }

  /// A list of `YYYY-MM-DD` dates without repeats.
  mutating func dates(_ node: NodeID, key: String) -> [Located<CalendarDate>] {
    guard let items = list(node, key: key, example: "\(key): [2026-01-02]") else { return [] }
    var dates: [Located<CalendarDate>] = []
    for item in items {
      guard let date = date(item, key: key) else { continue }
      if let first = dates.first(where: { $0.value == date.value }) {
        bag.report(
          .S021, at: date.span,
          LocalizedText(vi: "ngày \(date.value) đã có trong danh sách", en: "\(date.value) is already in the list"),
          help: LocalizedText(vi: "xóa ngày lặp lại", en: "remove the repeat"),
          notes: [bag.note(at: first.span, LocalizedText(vi: "lần đầu ở đây", en: "first here"))])
        continue
      }
      dates.append(date)
    }
    return dates
  }
}
