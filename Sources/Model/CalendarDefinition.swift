import Diagnostics

/// One year of `calendar.yaml`: the government's corrections to the computed holidays.
public struct CalendarYear: Sendable {
  public var year: Located<Int>
  /// The Tết days off, replacing the computed five.
  public var tet: [Located<CalendarDate>]?
  /// The National Day pair, replacing the computed 2–3 September.
  public var nationalDay: [Located<CalendarDate>]?
  public var extraDaysOff: [Located<CalendarDate>]
  public var extraWorkingDays: [Located<CalendarDate>]
  /// Where `tet:` is written, for an empty list.
  public var tetSpan: Span?

  public init(year: Located<Int>) {
    self.year = year
    self.extraDaysOff = []
    self.extraWorkingDays = []
  }
}

/// `calendar.yaml`.
public struct CalendarDefinition: Sendable {
  public var source: SourceFile
  public var years: [CalendarYear]

  public init(source: SourceFile, years: [CalendarYear]) {
    self.source = source
    self.years = years
  }
}
