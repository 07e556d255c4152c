#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A moment in Viet Nam time (UTC+7): a day and minutes since its midnight.
public struct Moment: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var jdn: Int
  public var minutes: Int

  public init(jdn: Int, minutes: Int) {
    self.jdn = jdn
    self.minutes = minutes
  }

  public static func < (lhs: Moment, rhs: Moment) -> Bool { (lhs.jdn, lhs.minutes) < (rhs.jdn, rhs.minutes) }

  /// ISO 8601 with the +07:00 offset: `2026-02-24T17:00:00+07:00`.
  public var description: String {
    let date = JulianDay.date(jdn)
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(date.year)-\(two(date.month))-\(two(date.day))T\(two(minutes / 60)):\(two(minutes % 60)):00+07:00"
  }

  /// Reads `2026-02-13T10:00`, with optional seconds and an optional `+07:00`.
  public init?(iso text: String) {
    var body = Substring(text)
    if body.hasSuffix("+07:00") { body = body.dropLast(6) }
    let parts = body.split(separator: "T")
    guard parts.count == 2 else { return nil }
    let date = parts[0].split(separator: "-").compactMap { Int($0) }
    let time = parts[1].split(separator: ":").compactMap { Int($0) }
    guard date.count == 3, time.count >= 2, time.count <= 3, (1...12).contains(date[1]), (0...23).contains(time[0]),
      (0...59).contains(time[1])
    else { return nil }
    let jdn = JulianDay.number(year: date[0], month: date[1], day: date[2])
    guard JulianDay.date(jdn) == (date[0], date[1], date[2]) else { return nil }
    self.init(jdn: jdn, minutes: time[0] * 60 + time[1])
  }
}

/// When a unit of a legal deadline is counted.
public enum DeadlineUnit: String, Sendable {
  case workingDays = "working_days", hours, days, months
}

/// Working days and hours under the holidays of every year, with an agency's office hours.
///
/// - A dossier counts from the moment it is received during office hours on a working day,
///   before the same-day cut-off; otherwise from the next working day's opening.
/// - `working_days` and `hours` are added as working hours (8 a working day) across office
///   periods, skipping days off.
/// - `days` and `months` run from the day of receipt; the period ends at closing time on its
///   last day, and a last day that is not a working day moves to the next working day
///   (Civil Code 2015, Art. 148).
public struct WorkingCalendar: Sendable {
  /// Office periods in minutes since midnight, in order.
  public var periods: [(start: Int, end: Int)]
  /// Dossiers received at or after this minute count from the next working day.
  public var cutoff: Int?
  public var overrides: [Int: YearOverride]
  private let cache = YearCache()

  public init(periods: [(start: Int, end: Int)], cutoff: Int?, overrides: [Int: YearOverride]) {
    self.periods = periods.isEmpty ? [(7 * 60 + 30, 11 * 60 + 30), (13 * 60, 17 * 60)] : periods
    self.cutoff = cutoff
    self.overrides = overrides
  }

  public func year(_ year: Int) -> YearCalendar { cache.year(year, overrides[year]) }

  public func isWorkingDay(_ jdn: Int) -> Bool { year(JulianDay.date(jdn).year).isWorkingDay(jdn) }

  func nextWorkingDay(after jdn: Int) -> Int {
    var day = jdn + 1
    while !isWorkingDay(day) { day += 1 }
    return day
  }

  var opening: Int { periods.first!.start }
  var closing: Int { periods.last!.end }

  /// When counting starts for a dossier received at `moment`.
  public func countingStart(_ moment: Moment) -> Moment {
    guard isWorkingDay(moment.jdn), moment.minutes < (cutoff ?? closing), moment.minutes < closing else {
      return Moment(jdn: nextWorkingDay(after: moment.jdn), minutes: opening)
    }
    for period in periods {
      if moment.minutes < period.start { return Moment(jdn: moment.jdn, minutes: period.start) }
      if moment.minutes < period.end { return moment }
    }
    return Moment(jdn: nextWorkingDay(after: moment.jdn), minutes: opening)
  }

  /// `hours` working hours after `start` (itself inside office hours).
  public func adding(workingHours hours: Double, to start: Moment) -> Moment {
    var remaining = Int((hours * 60).rounded())
    var current = start
    if remaining == 0 { return current }
    while true {
      if isWorkingDay(current.jdn) {
        for period in periods where current.minutes < period.end {
          let from = max(current.minutes, period.start)
          let available = period.end - from
          if remaining <= available { return Moment(jdn: current.jdn, minutes: from + remaining) }
          remaining -= available
          current.minutes = period.end
        }
      }
      current = Moment(jdn: current.jdn + 1, minutes: 0)
    }
  }

  /// The due moment of a deadline for a dossier received at `received`.
  public func due(received: Moment, amount: Double, unit: DeadlineUnit) -> Moment {
    let start = countingStart(received)
    switch unit {
    case .workingDays: return adding(workingHours: amount * 8, to: start)
    case .hours: return adding(workingHours: amount, to: start)
    case .days:
      return endOfPeriod(lastDay: start.jdn + Int(amount.rounded(.up)))
    case .months:
      let date = JulianDay.date(start.jdn)
      let whole = Int(amount.rounded(.down))
      var month = date.month + whole
      var year = date.year
      while month > 12 {
        month -= 12
        year += 1
      }
      let lastDay = JulianDay.date(JulianDay.number(year: month == 12 ? year + 1 : year, month: month == 12 ? 1 : month + 1, day: 1) - 1).day
      var day = JulianDay.number(year: year, month: month, day: min(date.day, lastDay))
      if amount > Double(whole) { day += 15 }  // half a month: 15 days
      return endOfPeriod(lastDay: day)
    }
  }

  private func endOfPeriod(lastDay: Int) -> Moment {
    var day = lastDay
    while !isWorkingDay(day) { day += 1 }
    return Moment(jdn: day, minutes: closing)
  }
}

/// Year calendars computed once per process (the lunar computation is not free).
final class YearCache: @unchecked Sendable {
  private var years: [Int: YearCalendar] = [:]
  private let lock = NSLockLike()

  func year(_ year: Int, _ override: YearOverride?) -> YearCalendar {
    lock.withLock {
      if let cached = years[year] { return cached }
      let computed = YearCalendar(year: year, override: override)
      years[year] = computed
      return computed
    }
  }
}

/// A minimal lock, so the Calendar module needs no Foundation.
final class NSLockLike: @unchecked Sendable {
  private var mutex = pthread_mutex_t()
  init() { pthread_mutex_init(&mutex, nil) }
  deinit { pthread_mutex_destroy(&mutex) }
  func withLock<T>(_ body: () -> T) -> T {
    pthread_mutex_lock(&mutex)
    defer { pthread_mutex_unlock(&mutex) }
    return body()
  }
}
