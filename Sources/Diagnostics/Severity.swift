/// How serious a diagnostic is. Only errors make `tthc check` fail by default.
public enum Severity: String, Sendable, Comparable, CaseIterable {
  case note
  case warning
  case error

  private var rank: Int {
    switch self {
    case .note: 0
    case .warning: 1
    case .error: 2
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

  /// The word shown in text output, e.g. `error[S001]`.
  public var label: String { rawValue }

  /// The word for this severity in a summary line, singular or plural in English.
  public func countLabel(_ count: Int, language: Language) -> String {
    switch (self, language) {
    case (.error, .vi): "\(count) lỗi"
    case (.warning, .vi): "\(count) cảnh báo"
    case (.note, .vi): "\(count) ghi chú"
    case (.error, .en): count == 1 ? "1 error" : "\(count) errors"
    case (.warning, .en): count == 1 ? "1 warning" : "\(count) warnings"
    case (.note, .en): count == 1 ? "1 note" : "\(count) notes"
    }
  }
}
