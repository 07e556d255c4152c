import Calendar
import Diagnostics
import Model

/// Checks `calendar.yaml`, and turns it into the overrides the working calendar reads.
public enum CalendarChecker {
  public static func check(_ definition: CalendarDefinition) -> [Diagnostic] {
    var bag = DiagnosticBag(file: definition.source)
    for year in definition.years {
      let lists: [(String, [Located<CalendarDate>])] = [
        ("tet", year.tet ?? []), ("national_day", year.nationalDay ?? []),
        ("extra_days_off", year.extraDaysOff), ("extra_working_days", year.extraWorkingDays),
      ]
      for (_, dates) in lists {
        for date in dates where date.value.year != year.year.value {
          bag.report(
            .K001, at: date.span,
            LocalizedText(vi: "ngày \(date.value) không thuộc năm \(year.year.value)", en: "\(date.value) is not in \(year.year.value)"),
            help: LocalizedText(vi: "chuyển ngày này sang năm \(date.value.year), hoặc sửa năm", en: "move it under \(date.value.year):, or correct the year"))
        }
      }
      if let tet = year.tet, tet.isEmpty {
        bag.report(
          .K002, at: year.tetSpan ?? year.year.span,
          LocalizedText(vi: "năm \(year.year.value) không có ngày nghỉ Tết", en: "\(year.year.value) has no Tết days off"),
          help: LocalizedText(
            vi: "liệt kê các ngày nghỉ Tết theo quyết định của Thủ tướng, hoặc xóa \"tet:\" để dùng ngày tính theo luật",
            en: "list the Tết days decided by the Prime Minister, or remove \"tet:\" to use the days the law gives"))
      }
      for date in year.extraWorkingDays {
        let jdn = JulianDay.number(year: date.value.year, month: date.value.month, day: date.value.day)
        if JulianDay.weekday(jdn) < 5 {
          bag.report(
            .K003, at: date.span,
            LocalizedText(vi: "\(date.value) là ngày trong tuần, vốn đã là ngày làm việc", en: "\(date.value) is a weekday, a working day already"),
            help: LocalizedText(vi: "ngày làm bù là thứ Bảy hoặc Chủ nhật", en: "an extra working day is a Saturday or Sunday"))
        }
        let off = (year.tet ?? []) + (year.nationalDay ?? []) + year.extraDaysOff
        if let clash = off.first(where: { $0.value == date.value }) {
          bag.report(
            .K004, at: date.span,
            LocalizedText(vi: "\(date.value) vừa là ngày nghỉ vừa là ngày làm bù", en: "\(date.value) is both a day off and an extra working day"),
            help: LocalizedText(vi: "giữ ngày ở một danh sách", en: "keep the day in one list"),
            notes: [bag.note(at: clash.span, LocalizedText(vi: "ngày nghỉ ở đây", en: "the day off"))])
        }
      }
    }
    return bag.diagnostics
  }

  /// The overrides by year, as Julian days.
  public static func overrides(_ definition: CalendarDefinition?) -> [Int: YearOverride] {
    var overrides: [Int: YearOverride] = [:]
    func jdn(_ date: Located<CalendarDate>) -> Int {
      JulianDay.number(year: date.value.year, month: date.value.month, day: date.value.day)
    }
    for year in definition?.years ?? [] {
      overrides[year.year.value] = YearOverride(
        tet: year.tet.map { $0.map(jdn) }, nationalDay: year.nationalDay.map { $0.map(jdn) },
        extraDaysOff: year.extraDaysOff.map(jdn), extraWorkingDays: year.extraWorkingDays.map(jdn))
    }
    return overrides
  }
}
