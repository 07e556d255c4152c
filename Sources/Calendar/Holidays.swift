/// A reason a day is off, in both languages.
public struct DayOffReason: Sendable, Hashable {
  public var vi: String
  public var en: String

  public init(vi: String, en: String) {
    self.vi = vi
    self.en = en
  }

  public static let newYear = DayOffReason(vi: "Tết Dương lịch", en: "New Year's Day")
  public static let tet = DayOffReason(vi: "Tết Nguyên đán", en: "Lunar New Year (Tết)")
  public static let hungKings = DayOffReason(vi: "Giỗ Tổ Hùng Vương (10/3 âm lịch)", en: "Hùng Kings' Commemoration (10th of the 3rd lunar month)")
  public static let reunification = DayOffReason(vi: "Ngày Chiến thắng (30/4)", en: "Reunification Day (30 April)")
  public static let labour = DayOffReason(vi: "Ngày Quốc tế Lao động (1/5)", en: "International Labour Day (1 May)")
  public static let nationalDay = DayOffReason(vi: "Quốc khánh (2/9)", en: "National Day (2 September)")
  public static let compensatory = DayOffReason(vi: "Nghỉ bù ngày lễ trùng ngày nghỉ hằng tuần", en: "Compensatory day off for a holiday on a weekend")
  public static let decided = DayOffReason(vi: "Nghỉ theo quyết định của Chính phủ", en: "Day off decided by the Government")
}

/// The government's corrections for one year (`calendar.yaml`), as Julian day numbers.
public struct YearOverride: Sendable {
  /// Replaces the computed Tết days when set.
  public var tet: [Int]?
  /// Replaces the computed National Day pair when set.
  public var nationalDay: [Int]?
  public var extraDaysOff: [Int]
  public var extraWorkingDays: [Int]

  public init(tet: [Int]? = nil, nationalDay: [Int]? = nil, extraDaysOff: [Int] = [], extraWorkingDays: [Int] = []) {
    self.tet = tet
    self.nationalDay = nationalDay
    self.extraDaysOff = extraDaysOff
    self.extraWorkingDays = extraWorkingDays
  }
}

/// The days off and swapped working days of one Gregorian year.
public struct YearCalendar: Sendable {
  public let year: Int
  /// Days off that would otherwise be working days or weekend holidays, by Julian day, with why.
  public let daysOff: [(jdn: Int, reason: DayOffReason)]
  /// Weekend days worked in exchange for a day off.
  public let extraWorkingDays: [Int]
  private let offSet: Set<Int>
  private let workingSet: Set<Int>

  /// The public holidays of the Labour Code 2019, Art. 112, with the corrections of `override`.
  ///
  /// By law: 1 January; five Tết days (the lunar new year's eve and the first four days of
  /// the year); Hùng Kings' Day (10th of the 3rd lunar month); 30 April; 1 May; 2 September
  /// and the day after. A holiday on a Saturday or Sunday gives the next working day off
  /// (Art. 111(3)). Days the government fixes in `calendar.yaml` (`tet`, `national_day`)
  /// replace the computed ones and are taken as decided, with no compensation added.
  public init(year: Int, override: YearOverride? = nil) {
    self.year = year
    func jdn(_ month: Int, _ day: Int) -> Int { JulianDay.number(year: year, month: month, day: day) }
    var holidays: [(jdn: Int, reason: DayOffReason, compensated: Bool)] = []
    holidays.append((jdn(1, 1), .newYear, true))
    if let tet = override?.tet {
      holidays += tet.map { ($0, .tet, false) }
    } else {
      let newYear = LunarCalendar.tet(year)
      holidays += (-1...3).map { (newYear + $0, .tet, true) }
    }
    if let hung = LunarCalendar.solar(LunarDate(year: year, month: 3, day: 10)) {
      holidays.append((JulianDay.number(year: hung.year, month: hung.month, day: hung.day), .hungKings, true))
    }
    holidays.append((jdn(4, 30), .reunification, true))
    holidays.append((jdn(5, 1), .labour, true))
    if let national = override?.nationalDay {
      holidays += national.map { ($0, .nationalDay, false) }
    } else {
      holidays += [(jdn(9, 2), .nationalDay, true), (jdn(9, 3), .nationalDay, true)]
    }
    holidays.sort { $0.jdn < $1.jdn }
    var off: [Int: DayOffReason] = [:]
    for holiday in holidays where off[holiday.jdn] == nil { off[holiday.jdn] = holiday.reason }
    for day in override?.extraDaysOff ?? [] where off[day] == nil { off[day] = .decided }
    // Compensation for holidays on weekends: the next weekday that is not already off.
    for holiday in holidays where holiday.compensated && JulianDay.weekday(holiday.jdn) >= 5 {
      var next = holiday.jdn + 1
      while JulianDay.weekday(next) >= 5 || off[next] != nil { next += 1 }
      off[next] = .compensatory
    }
    self.daysOff = off.keys.sorted().map { ($0, off[$0]!) }
    self.extraWorkingDays = (override?.extraWorkingDays ?? []).sorted()
    self.offSet = Set(off.keys)
    self.workingSet = Set(extraWorkingDays)
  }

  /// Monday to Friday and not a day off, or a weekend day worked in exchange.
  public func isWorkingDay(_ jdn: Int) -> Bool {
    if workingSet.contains(jdn) { return true }
    return JulianDay.weekday(jdn) < 5 && !offSet.contains(jdn)
  }

  public func isDayOff(_ jdn: Int) -> Bool { offSet.contains(jdn) }
}
