import Model

/// Converting durations to working hours for the deadline check (see docs/format.md,
/// "Deadlines"). A working day is 8 hours. Calendar units are converted cautiously, so that
/// a plan that fits here fits whatever weekday the dossier arrives:
/// - a step that takes N calendar days counts as ceil(N × 5 / 7) working days;
/// - a deadline of N calendar days guarantees 5 × (N / 7) + max(0, N mod 7 − 2) working days
///   (the worst case, a period that starts on a Saturday);
/// - a month counts as 22 working days in a step and 28 calendar days in a deadline.
/// Public holidays are not counted here; the working-day calendar places real dates.
public enum WorkingTime {
  public static let hoursPerDay = 8.0

  /// Working hours a step of this duration takes.
  public static func hours(ofStep duration: Duration) -> Double {
    let amount = Double(duration.halves) / 2
    switch duration.unit {
    case .hours: return amount
    case .workingDays: return amount * hoursPerDay
    case .days: return (amount * 5 / 7).rounded(.up) * hoursPerDay
    case .months: return amount * 22 * hoursPerDay
    }
  }

  /// Working hours a deadline of this duration guarantees.
  public static func hours(ofDeadline duration: Duration) -> Double {
    let amount = Double(duration.halves) / 2
    switch duration.unit {
    case .hours: return amount
    case .workingDays: return amount * hoursPerDay
    case .days: return Double(workingDays(inCalendarDays: Int(amount))) * hoursPerDay
    case .months: return Double(workingDays(inCalendarDays: Int(amount * 28))) * hoursPerDay
    }
  }

  /// The fewest working days any run of `days` consecutive calendar days holds.
  public static func workingDays(inCalendarDays days: Int) -> Int {
    5 * (days / 7) + max(0, days % 7 - 2)
  }

  /// `30 working hours` / `30 giờ làm việc`, with halves.
  public static func describe(_ hours: Double) -> (vi: String, en: String) {
    let text = hours == hours.rounded() ? String(Int(hours)) : String(hours)
    return ("\(text) giờ làm việc", "\(text) working hour" + (hours == 1 ? "" : "s"))
  }
}
