import Calendar
import Testing

func iso(_ jdn: Int) -> String {
  let date = JulianDay.date(jdn)
  return String(format: "%04d-%02d-%02d", date.year, date.month, date.day)
}

/// Tết (1/1 lunar) in Viet Nam, 1985 and 1990–2050. 2020–2035 are the domain research's table
/// (checked there against the officially published holiday schedules); the rest are the
/// published Vietnamese calendar dates. 1985, 2007 and 2030 differ from the Chinese calendar.
let tetDates: [Int: String] = [
  1985: "1985-01-21",
  1990: "1990-01-27", 1991: "1991-02-15", 1992: "1992-02-04", 1993: "1993-01-23", 1994: "1994-02-10",
  1995: "1995-01-31", 1996: "1996-02-19", 1997: "1997-02-07", 1998: "1998-01-28", 1999: "1999-02-16",
  2000: "2000-02-05", 2001: "2001-01-24", 2002: "2002-02-12", 2003: "2003-02-01", 2004: "2004-01-22",
  2005: "2005-02-09", 2006: "2006-01-29", 2007: "2007-02-17", 2008: "2008-02-07", 2009: "2009-01-26",
  2010: "2010-02-14", 2011: "2011-02-03", 2012: "2012-01-23", 2013: "2013-02-10", 2014: "2014-01-31",
  2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28", 2018: "2018-02-16", 2019: "2019-02-05",
  2020: "2020-01-25", 2021: "2021-02-12", 2022: "2022-02-01", 2023: "2023-01-22", 2024: "2024-02-10",
  2025: "2025-01-29", 2026: "2026-02-17", 2027: "2027-02-06", 2028: "2028-01-26", 2029: "2029-02-13",
  2030: "2030-02-02", 2031: "2031-01-23", 2032: "2032-02-11", 2033: "2033-01-31", 2034: "2034-02-19",
  2035: "2035-02-08", 2036: "2036-01-28", 2037: "2037-02-15", 2038: "2038-02-04", 2039: "2039-01-24",
  2040: "2040-02-12", 2041: "2041-02-01", 2042: "2042-01-22", 2043: "2043-02-10", 2044: "2044-01-30",
  2045: "2045-02-17", 2046: "2046-02-06", 2047: "2047-01-26", 2048: "2048-02-14", 2049: "2049-02-02",
  2050: "2050-01-23",
]

/// Hùng Kings' Day (10/3 lunar), from the domain research's table.
let hungKings: [Int: String] = [
  2020: "2020-04-02", 2021: "2021-04-21", 2022: "2022-04-10", 2023: "2023-04-29", 2024: "2024-04-18",
  2025: "2025-04-07", 2026: "2026-04-26", 2027: "2027-04-16", 2028: "2028-04-04", 2029: "2029-04-23",
  2030: "2030-04-12", 2031: "2031-04-01", 2032: "2032-04-19", 2033: "2033-04-09", 2034: "2034-04-28",
  2035: "2035-04-17",
]

@Suite("Lunar calendar (UTC+7)")
struct LunarCalendarTests {
  @Test("Tết of every year 1990–2050, and 1985", arguments: tetDates.keys.sorted())
  func tet(year: Int) {
    #expect(iso(LunarCalendar.tet(year)) == tetDates[year])
  }

  @Test("Hùng Kings' Day, 10th day of the 3rd month", arguments: hungKings.keys.sorted())
  func hungKingsDay(year: Int) throws {
    let date = try #require(LunarCalendar.solar(LunarDate(year: year, month: 3, day: 10)))
    #expect(iso(JulianDay.number(year: date.year, month: date.month, day: date.day)) == hungKings[year])
  }

  @Test("leap months")
  func leapMonths() {
    let expected: [Int: Int?] = [2020: 4, 2021: nil, 2022: nil, 2023: 2, 2024: nil, 2025: 6, 2026: nil, 2028: 5, 2031: 3]
    for (year, month) in expected {
      #expect(LunarCalendar.leapMonth(year) == month, "\(year)")
    }
  }

  @Test("known lunar dates from the published holiday schedules")
  func knownDates() {
    // 19 Aug 2025 is the 26th of the leap 6th month of Ất Tỵ; the last days before Tết.
    #expect(LunarCalendar.lunar(year: 2025, month: 8, day: 19) == LunarDate(year: 2025, month: 6, day: 26, isLeapMonth: true))
    #expect(LunarCalendar.lunar(year: 2020, month: 1, day: 23) == LunarDate(year: 2019, month: 12, day: 29))
    #expect(LunarCalendar.lunar(year: 2024, month: 2, day: 8) == LunarDate(year: 2023, month: 12, day: 29))
    #expect(LunarCalendar.lunar(year: 2026, month: 2, day: 14) == LunarDate(year: 2025, month: 12, day: 27))
    #expect(LunarCalendar.lunar(year: 2026, month: 2, day: 16) == LunarDate(year: 2025, month: 12, day: 29))
    #expect(LunarCalendar.lunar(year: 2025, month: 1, day: 25) == LunarDate(year: 2024, month: 12, day: 26))
    #expect(LunarCalendar.lunar(year: 2022, month: 1, day: 29) == LunarDate(year: 2021, month: 12, day: 27))
  }

  @Test("solar → lunar → solar is the identity on every day of 1900–2199")
  func roundTrip() {
    var day = JulianDay.number(year: 1901, month: 1, day: 1)
    let end = JulianDay.number(year: 2199, month: 12, day: 1)
    var checked = 0
    while day < end {
      let date = JulianDay.date(day)
      let lunar = LunarCalendar.lunar(year: date.year, month: date.month, day: date.day)
      let back = LunarCalendar.solar(lunar)
      if back.map({ JulianDay.number(year: $0.year, month: $0.month, day: $0.day) }) != day {
        Issue.record("\(date) → \(lunar) → \(String(describing: back))")
        return
      }
      day += 29  // about one day in each month, walking every day of the month over the years
      checked += 1
    }
    #expect(checked > 3_000)
  }
}
