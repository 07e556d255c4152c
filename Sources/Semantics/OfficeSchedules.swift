import Calendar
import Model

/// The working calendar that applies to a procedure: its agency's office hours and cut-off,
/// or the catalog's defaults, with the holidays of `calendar.yaml`.
public enum OfficeSchedules {
  /// 07:30–11:30 and 13:00–17:00 when neither the agency nor the catalog says otherwise.
  public static let defaultPeriods = [(7 * 60 + 30, 11 * 60 + 30), (13 * 60, 17 * 60)]

  public static func calendar(catalog: Catalog?, agency: Agency?, definition: CalendarDefinition?) -> WorkingCalendar {
    let hours = agency?.schedule.officeHours ?? catalog?.schedule.officeHours
    let cutoff = agency?.schedule.sameDayCutoff ?? catalog?.schedule.sameDayCutoff
    let periods = hours?.value.map { ($0.start.minutesSinceMidnight, $0.end.minutesSinceMidnight) } ?? defaultPeriods
    return WorkingCalendar(
      periods: periods.map { (start: $0.0, end: $0.1) }, cutoff: cutoff?.value.minutesSinceMidnight,
      overrides: CalendarChecker.overrides(definition))
  }

  public static func unit(_ unit: DurationUnit) -> DeadlineUnit {
    switch unit {
    case .workingDays: .workingDays
    case .hours: .hours
    case .days: .days
    case .months: .months
    }
  }
}
