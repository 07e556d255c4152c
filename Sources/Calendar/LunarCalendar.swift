/// A day of the Vietnamese lunar calendar.
public struct LunarDate: Sendable, Hashable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int
  public var isLeapMonth: Bool

  public init(year: Int, month: Int, day: Int, isLeapMonth: Bool = false) {
    self.year = year
    self.month = month
    self.day = day
    self.isLeapMonth = isLeapMonth
  }

  public var description: String { "\(day)/\(month)\(isLeapMonth ? "L" : "")/\(year)" }
}

/// The Vietnamese lunisolar calendar, computed for UTC+7 from the astronomical rules:
///
/// - a month begins on the local day of a new moon;
/// - month 11 is the month in which the winter solstice falls;
/// - when 13 months lie between two months 11, the first month after the first of them in
///   which the Sun's longitude enters no new 30° sector (no major solar term) is the leap
///   month, numbered like the month before it.
///
/// Vietnam has computed its calendar for UTC+7 since 1968, which is why some years differ
/// from the Chinese calendar (UTC+8): Tết 1985, 2007, 2030. Valid for 1900–2199.
public enum LunarCalendar {
  public static let timeZone = 7.0
  static let synodicMonth = 29.530588861

  /// The Julian day number of the local (UTC+7) day of the `k`-th new moon after January 2000.
  static func newMoonDay(_ k: Int) -> Int {
    Int((Astronomy.newMoonUT(Double(k)) + 0.5 + timeZone / 24).rounded(.down))
  }

  /// The Sun's longitude at the start (local midnight) of a day.
  static func sunLongitude(atStartOf jdn: Int) -> Double {
    Astronomy.sunLongitude(Double(jdn) - 0.5 - timeZone / 24)
  }

  /// The 30° sector of the Sun's longitude at the start of a day (0 to 11).
  static func sector(_ jdn: Int) -> Int { Int(sunLongitude(atStartOf: jdn) / 30) }

  /// The new-moon index whose local day starts the month containing `jdn`.
  static func monthIndex(containing jdn: Int) -> Int {
    var k = Int(((Double(jdn) - 2451550.1) / synodicMonth).rounded(.down))
    while newMoonDay(k + 1) <= jdn { k += 1 }
    while newMoonDay(k) > jdn { k -= 1 }
    return k
  }

  /// The local day on which the winter solstice (longitude 270°) of a Gregorian year falls.
  static func winterSolstice(_ year: Int) -> Int {
    var day = JulianDay.number(year: year, month: 12, day: 15)
    while !(sunLongitude(atStartOf: day) < 270 && sunLongitude(atStartOf: day + 1) >= 270) {
      day += 1
      if day > JulianDay.number(year: year, month: 12, day: 31) { break }
    }
    return day
  }

  /// The new-moon index of month 11 of the lunar year that ends in Gregorian `year`.
  static func month11Index(_ year: Int) -> Int { monthIndex(containing: winterSolstice(year)) }

  /// One lunar month: its number, whether it is a leap month, and its first day.
  struct Month: Equatable {
    var number: Int
    var isLeap: Bool
    var start: Int
    var end: Int  // the first day of the next month
  }

  /// The months from month 11 of Gregorian `year` to the next month 11, numbered.
  static func months(afterMonth11Of year: Int) -> [Month] {
    let first = month11Index(year)
    let last = month11Index(year + 1)
    let count = last - first
    var leapIndex: Int?
    if count == 13 {
      for index in 1..<13 where sector(newMoonDay(first + index)) == sector(newMoonDay(first + index + 1)) {
        leapIndex = index
        break
      }
    }
    var months: [Month] = []
    var number = 10
    for index in 0..<count {
      let isLeap = index == leapIndex
      if !isLeap { number = number % 12 + 1 }
      months.append(Month(number: number, isLeap: isLeap, start: newMoonDay(first + index), end: newMoonDay(first + index + 1)))
    }
    return months
  }

  /// The lunar date of a Gregorian date.
  public static func lunar(year: Int, month: Int, day: Int) -> LunarDate {
    let jdn = JulianDay.number(year: year, month: month, day: day)
    let base = jdn >= newMoonDay(month11Index(year)) ? year : year - 1
    let list = months(afterMonth11Of: base)
    let tet = list.firstIndex { $0.number == 1 && !$0.isLeap } ?? 2
    let index = list.lastIndex { $0.start <= jdn } ?? 0
    let entry = list[index]
    return LunarDate(year: index < tet ? base : base + 1, month: entry.number, day: jdn - entry.start + 1, isLeapMonth: entry.isLeap)
  }

  /// The Gregorian date of a lunar date, or nil when it does not exist (a leap month the
  /// year lacks, a 30th day in a 29-day month).
  public static func solar(_ date: LunarDate) -> (year: Int, month: Int, day: Int)? {
    // Months 11 and 12 of lunar year Y come after month 11 of Gregorian Y; months 1–10
    // come after month 11 of Gregorian Y − 1.
    let base = date.month >= 11 ? date.year : date.year - 1
    let list = months(afterMonth11Of: base)
    let tet = list.firstIndex { $0.number == 1 && !$0.isLeap } ?? 2
    let candidates = date.month >= 11 ? list[..<tet] : list[tet...]
    guard let entry = candidates.first(where: { $0.number == date.month && $0.isLeap == date.isLeapMonth }),
      date.day >= 1, date.day <= entry.end - entry.start
    else { return nil }
    return JulianDay.date(entry.start + date.day - 1)
  }

  /// The Julian day number of the lunar new year (Tết) of `year`.
  public static func tet(_ year: Int) -> Int {
    let first = solar(LunarDate(year: year, month: 1, day: 1))!
    return JulianDay.number(year: first.year, month: first.month, day: first.day)
  }

  /// The leap month of a lunar year (from its Tết to the next), if it has one.
  public static func leapMonth(_ year: Int) -> Int? {
    let before = months(afterMonth11Of: year - 1)
    let after = months(afterMonth11Of: year)
    let fromTet = before.drop { !($0.number == 1 && !$0.isLeap) }
    let untilTet = after.prefix { !($0.number == 1 && !$0.isLeap) }
    return (Array(fromTet) + Array(untilTet)).first { $0.isLeap }?.number
  }
}
