import Calendar
import Model
import Semantics

/// The working calendar in `catalog.json`, so a portal can compute due dates itself and
/// agree with tthc: the default office hours and cut-off, and for ten years the days off
/// (with reasons) and the weekend days worked. A day is a working day when it is a weekend
/// day listed in `extraWorkingDays`, or a weekday not listed in `daysOff`.
///
/// The ten years start at the first year `calendar.yaml` corrects, or 2025 without one, so
/// the same definitions always give the same file.
enum CalendarSection {
  static let span = 10
  static let defaultFirstYear = 2025

  static func firstYear(_ definition: CalendarDefinition?) -> Int {
    definition?.years.map { $0.year.value }.min() ?? defaultFirstYear
  }

  static func json(_ input: BuildInput) -> JSONValue {
    let calendar = OfficeSchedules.calendar(catalog: input.catalog, agency: nil, definition: input.calendar)
    let first = firstYear(input.calendar)
    var years = JSONObject()
    for year in first..<(first + span) {
      let days = calendar.year(year)
      years[String(year)] = [
        "daysOff": .array(days.daysOff.filter { JulianDay.date($0.jdn).year == year }.map { day in
          ["date": .string(iso(day.jdn)), "reason": ["vi": .string(day.reason.vi), "en": .string(day.reason.en)]]
        }),
        "extraWorkingDays": .array(days.extraWorkingDays.map { .string(iso($0)) }),
      ]
    }
    return [
      "timeZone": "+07:00",
      "workingDays": "Monday to Friday",
      "officeHours": .array(calendar.periods.map { .string(time($0.start) + "-" + time($0.end)) }),
      "sameDayCutoff": calendar.cutoff.map { .string(time($0)) } ?? .null,
      "years": .object(years),
    ]
  }

  static func iso(_ jdn: Int) -> String {
    let date = JulianDay.date(jdn)
    return CalendarDate(year: date.year, month: date.month, day: date.day)?.description ?? ""
  }

  static func time(_ minutes: Int) -> String {
    TimeOfDay(hour: minutes / 60, minute: minutes % 60)?.description ?? ""
  }
}
