/// The unit of a duration. Months are calendar months, never a fixed number of days.
public enum DurationUnit: String, Sendable, CaseIterable {
  case workingDays = "working_days"
  case days
  case hours
  case months
}

/// A legal or planned length of time: `15 working_days`, `0.5 working_day`, `2 hours`.
///
/// The amount is kept in halves so that `0.5` is exact.
public struct Duration: Sendable, Hashable {
  /// The amount times two.
  public var halves: Int
  public var unit: DurationUnit

  public init(halves: Int, unit: DurationUnit) {
    self.halves = halves
    self.unit = unit
  }

  /// The amount as written, e.g. `1`, `0.5`, `2.5`.
  public var amountText: String {
    halves % 2 == 0 ? String(halves / 2) : "\(halves / 2).5"
  }

  /// Canonical text, e.g. `1 working_day`, `3 working_days`, `0.5 working_day`.
  public var description: String {
    let singular = halves <= 2
    let unitText: String
    switch unit {
    case .workingDays: unitText = singular ? "working_day" : "working_days"
    case .days: unitText = singular ? "day" : "days"
    case .hours: unitText = singular ? "hour" : "hours"
    case .months: unitText = singular ? "month" : "months"
    }
    return "\(amountText) \(unitText)"
  }
}

/// The legal deadline (thời hạn giải quyết): one for every channel, or one per channel.
public enum ProcessingTime: Sendable {
  case single(Located<Duration>)
  case perChannel([(channel: Located<Channel>, duration: Located<Duration>)])
}
