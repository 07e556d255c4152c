import Diagnostics

extension RuleCatalog {
  static let suppressionRules: [RuleEntry] = [
    RuleEntry(
      .I001,
      rationale: LocalizedText(
        vi: "Chú thích bỏ qua còn sót lại sau khi lỗi đã sửa sẽ che mất lỗi mới cùng loại về sau.",
        en: "A suppression left behind after the mistake was fixed would hide a new mistake of the same kind later."),
      failing: [Example("online_level: 4  ↓# tthc: ignore[S005] giá trị đã được kiểm tra")],
      passing: [Example("# tthc: ignore[W004] thời hạn theo Quyết định 123/QĐ-UBND của tỉnh\nprocessing_time: 2 hours")]),
    RuleEntry(
      .I002,
      rationale: LocalizedText(
        vi: "Bỏ qua một lỗi là một quyết định; lý do giúp người sau hiểu và kiểm tra lại.",
        en: "Suppressing a diagnostic is a decision; the reason lets whoever comes next understand and review it."),
      failing: [Example("↓# tthc: ignore[W004]\nprocessing_time: 2 hours")],
      passing: [Example("# tthc: ignore[W004] thời hạn theo Quyết định 123/QĐ-UBND của tỉnh\nprocessing_time: 2 hours")]),
    RuleEntry(
      .I003,
      rationale: LocalizedText(
        vi: "Mã viết sai trong chú thích bỏ qua thì không bỏ qua được gì, và lỗi thật vẫn hiện.",
        en: "A mistyped code in a suppression suppresses nothing, and the real diagnostic still shows."),
      failing: [Example("↓# tthc: ignore[W04] thời hạn theo Quyết định 123/QĐ-UBND\nprocessing_time: 1 working_day")],
      passing: [Example("processing_time: 1 working_day")]),
  ]
}
