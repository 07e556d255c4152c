import Calendar
import Testing

func jdn(_ text: String) -> Int {
  let parts = text.split(separator: "-").map { Int($0)! }
  return JulianDay.number(year: parts[0], month: parts[1], day: parts[2])
}

func offDays(_ calendar: YearCalendar) -> [String] { calendar.daysOff.map { iso($0.jdn) } }

@Suite("Public holidays (Labour Code 2019, Art. 112)")
struct HolidayTests {
  @Test("2023 by law: weekend holidays are compensated on the next free weekday, as published")
  func compensation2023() {
    let days = offDays(YearCalendar(year: 2023))
    // Hùng Kings on Saturday 29 April → Tuesday 2 May; 30 April on Sunday → Wednesday 3 May.
    #expect(days.contains("2023-05-02") && days.contains("2023-05-03"))
    #expect(YearCalendar(year: 2023).daysOff.first { iso($0.jdn) == "2023-05-02" }?.reason == .compensatory)
    // Tết: new year's eve (21 Jan, a Saturday) and the first four days; Sat and Sun compensated.
    #expect(days.filter { $0.hasPrefix("2023-01-2") } == ["2023-01-21", "2023-01-22", "2023-01-23", "2023-01-24", "2023-01-25", "2023-01-26", "2023-01-27"])
  }

  @Test("2026 by law, and with the Government's Tết schedule")
  func tet2026() {
    let law = YearCalendar(year: 2026)
    #expect(offDays(law).filter { $0.hasPrefix("2026-02") } == ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"])
    #expect(offDays(law).contains("2026-04-27"))  // Hùng Kings on Sunday 26 April
    #expect(offDays(law).contains("2026-09-02") && offDays(law).contains("2026-09-03"))
    let fixed = YearCalendar(year: 2026, override: YearOverride(
      tet: ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"].map(jdn),
      nationalDay: ["2026-09-01", "2026-09-02"].map(jdn), extraDaysOff: [jdn("2026-01-02")], extraWorkingDays: [jdn("2026-01-10")]))
    #expect(offDays(fixed).contains("2026-01-02") && offDays(fixed).contains("2026-09-01") && !offDays(fixed).contains("2026-09-03"))
    #expect(fixed.isWorkingDay(jdn("2026-01-10")))  // a Saturday worked in exchange
    #expect(!fixed.isWorkingDay(jdn("2026-01-02")))
  }

  @Test("2024 with the published swap: Monday 29 April off, Saturday 4 May worked")
  func swap2024() {
    let calendar = YearCalendar(year: 2024, override: YearOverride(extraDaysOff: [jdn("2024-04-29")], extraWorkingDays: [jdn("2024-05-04")]))
    #expect(!calendar.isWorkingDay(jdn("2024-04-29")) && calendar.isWorkingDay(jdn("2024-05-04")))
    #expect(!calendar.isWorkingDay(jdn("2024-04-18")))  // Hùng Kings, Thursday 18 April
  }

  @Test("every year from 1990 to 2060 has 11 statutory days and Tết in January or February")
  func everyYear() {
    for year in 1990...2060 {
      let calendar = YearCalendar(year: year)
      let statutory = calendar.daysOff.filter { $0.reason != .compensatory }
      #expect(statutory.count == 11, "\(year)")
      let tet = calendar.daysOff.filter { $0.reason == .tet }.map { JulianDay.date($0.jdn).month }
      #expect(tet.allSatisfy { $0 == 1 || $0 == 2 }, "\(year)")
    }
  }
}

@Suite("Deadlines in working time")
struct DeadlineTests {
  static let calendar = WorkingCalendar(
    periods: [(7 * 60 + 30, 11 * 60 + 30), (13 * 60, 17 * 60)], cutoff: 15 * 60,
    overrides: [2026: YearOverride(tet: ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"].map(jdn))])

  static func due(_ received: String, _ amount: Double, _ unit: DeadlineUnit) -> String {
    calendar.due(received: Moment(iso: received)!, amount: amount, unit: unit).description
  }

  @Test("working days skip Tết")
  func aroundTet() {
    #expect(Self.due("2026-02-13T10:00", 7, .workingDays) == "2026-03-03T10:00:00+07:00")
    #expect(Self.due("2026-02-13T10:00", 1, .workingDays) == "2026-02-23T10:00:00+07:00")
  }

  @Test("30 April – 1 May and National Day are skipped")
  func springAndNationalDay() {
    // Wednesday 29 April 2026, 09:00 + 2 working days: 30 Apr and 1 May off, weekend → Tue 5 May.
    #expect(Self.due("2026-04-29T09:00", 2, .workingDays) == "2026-05-05T09:00:00+07:00")
    // Tuesday 1 September 2026 + 1 working day: 2 and 3 September off → Friday 4 September.
    #expect(Self.due("2026-09-01T14:00", 1, .workingDays) == "2026-09-04T14:00:00+07:00")
  }

  @Test("after hours, after the cut-off, at lunch, before opening and on a day off")
  func receptionTimes() {
    // Tuesday 10 March after the 15:00 cut-off: counted from Wednesday 07:30, due Wednesday 17:00.
    #expect(Self.due("2026-03-10T15:30", 1, .workingDays) == "2026-03-11T17:00:00+07:00")
    #expect(Self.calendar.countingStart(Moment(iso: "2026-03-10T12:00")!).description == "2026-03-10T13:00:00+07:00")
    #expect(Self.calendar.countingStart(Moment(iso: "2026-03-10T06:00")!).description == "2026-03-10T07:30:00+07:00")
    #expect(Self.calendar.countingStart(Moment(iso: "2026-03-14T09:00")!).description == "2026-03-16T07:30:00+07:00")
    #expect(Self.due("2026-03-10T10:00", 2, .hours) == "2026-03-10T13:30:00+07:00")
  }

  @Test("across the year end, and New Year's Day")
  func yearEnd() {
    // Wednesday 30 December 2026, 08:00 + 2 working days: Thursday 31, then Friday 1 January
    // 2027 is off, so the second day ends Monday 4 January at 08:00.
    #expect(Self.due("2026-12-30T08:00", 2, .workingDays) == "2027-01-04T08:00:00+07:00")
  }

  @Test("calendar days end at closing time, moved off days off (Civil Code 2015, Art. 148)")
  func calendarDays() {
    // Received Friday 28 August 2026 after the cut-off: counted from Monday 31 August; +15 days.
    #expect(Self.due("2026-08-28T16:30", 15, .days) == "2026-09-15T17:00:00+07:00")
    // 10 days from Monday 7 September end on Thursday 17 September.
    #expect(Self.due("2026-09-07T09:00", 10, .days) == "2026-09-17T17:00:00+07:00")
    // A period ending on Saturday 19 September moves to Monday 21 September.
    #expect(Self.due("2026-09-07T09:00", 12, .days) == "2026-09-21T17:00:00+07:00")
    // A month from 31 March ends on 30 April, a holiday; 1 May too, then a weekend → Monday 4 May.
    #expect(Self.due("2026-03-31T09:00", 1, .months) == "2026-05-04T17:00:00+07:00")
    // A month from 31 October 2025 ends on 30 November, a Sunday → Monday 1 December.
    #expect(Self.due("2025-10-31T09:00", 1, .months) == "2025-12-01T17:00:00+07:00")
  }
}

