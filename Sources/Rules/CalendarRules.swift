import Diagnostics

extension RuleCatalog {
  static let calendarRules: [RuleEntry] = [
    RuleEntry(
      .K001,
      rationale: LocalizedText(
        vi: "Ngày ghi nhầm năm sẽ không bao giờ được áp dụng, và ngày nghỉ thật bị tính là ngày làm việc.",
        en: "A date filed under the wrong year is never applied, and the real day off counts as a working day."),
      failing: [Example("# whole file\n2026:\n  extra_days_off: [↓2025-01-02]\n", file: .calendar)],
      passing: [Example("# whole file\n2026:\n  extra_days_off: [2026-01-02]\n", file: .calendar)]),
    RuleEntry(
      .K002,
      rationale: LocalizedText(
        vi: "Năm nào cũng có Tết; danh sách trống làm mất năm ngày nghỉ và mọi hạn giải quyết quanh Tết bị tính sai.",
        en: "Every year has Tết; an empty list loses five days off and every deadline around Tết comes out wrong."),
      failing: [Example("# whole file\n2026:\n  ↓tet: []\n", file: .calendar)],
      passing: [Example("# whole file\n2026:\n  tet: [2026-02-16, 2026-02-17, 2026-02-18, 2026-02-19, 2026-02-20]\n", file: .calendar)]),
    RuleEntry(
      .K003,
      rationale: LocalizedText(
        vi: "Ngày làm bù là thứ Bảy hoặc Chủ nhật được đổi lấy một ngày nghỉ; ngày trong tuần đã là ngày làm việc.",
        en: "An extra working day is a Saturday or Sunday worked in exchange for a day off; a weekday is one already."),
      failing: [Example("# whole file\n2024:\n  extra_working_days: [↓2024-05-03]\n", file: .calendar)],
      passing: [Example("# whole file\n2024:\n  extra_days_off: [2024-04-29]\n  extra_working_days: [2024-05-04]\n", file: .calendar)]),
    RuleEntry(
      .K004,
      rationale: LocalizedText(
        vi: "Một ngày không thể vừa nghỉ vừa làm việc; hạn giải quyết sẽ phụ thuộc vào cách đọc.",
        en: "A day cannot be both off and worked; deadlines would depend on which list is read."),
      failing: [Example("# whole file\n2024:\n  extra_days_off: [2024-05-04]\n  extra_working_days: [↓2024-05-04]\n", file: .calendar)],
      passing: [Example("# whole file\n2024:\n  extra_days_off: [2024-04-29]\n  extra_working_days: [2024-05-04]\n", file: .calendar)]),
    RuleEntry(
      .K005,
      rationale: LocalizedText(
        vi: "Các khóa của calendar.yaml là năm; lịch âm được tính cho 1900–2199.",
        en: "The keys of calendar.yaml are years; the lunar calendar is computed for 1900–2199."),
      failing: [Example("# whole file\n↓năm_2026:\n  extra_days_off: [2026-01-02]\n", file: .calendar)],
      passing: [Example("# whole file\n2026:\n  extra_days_off: [2026-01-02]\n", file: .calendar)]),
  ]
}
