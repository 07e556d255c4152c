import Diagnostics

extension RuleCatalog {
  /// Fields the expression examples use.
  static let expressionFields = """
    fields:
      - {id: child_name, label: Họ và tên, type: text}
      - {id: child_dob, label: Ngày sinh, type: date}
      - {id: copies, label: Số bản, type: integer}
      - {id: sex, label: Giới tính, type: choice, options: [{value: nam, label: Nam}, {value: nu, label: Nữ}]}
      - id: note
        label: Ghi chú
        type: text
    """

  static let expressionRules: [RuleEntry] = [
    RuleEntry(
      .X001,
      rationale: LocalizedText(
        vi: "Biểu thức sai cú pháp không chạy được trên biểu mẫu; so sánh bằng viết ==, chuỗi đặt trong nháy đơn.",
        en: "An expression that cannot be parsed cannot run in the form; compare with ==, write strings in single quotes."),
      failing: [Example(expressionFields + "\n    visible_when: child_name ↓= 'x'")],
      passing: [Example(expressionFields + "\n    visible_when: child_name == 'x'")]),
    RuleEntry(
      .X002,
      rationale: LocalizedText(
        vi: "Biểu thức nhắc tới trường không có thì điều kiện hiện/ẩn hay số tiền không bao giờ đúng.",
        en: "An expression naming a field that does not exist makes the condition or amount silently wrong."),
      failing: [Example(expressionFields + "\n    visible_when: ↓chld_name == 'x'")],
      passing: [Example(expressionFields + "\n    visible_when: child_name == 'x'")]),
    RuleEntry(
      .X003,
      rationale: LocalizedText(
        vi: "So sánh ngày với số, hay cộng chữ với số, không có nghĩa; biểu mẫu sẽ cho kết quả vô nghĩa.",
        en: "Comparing a date with a number, or adding text to a number, has no meaning; the form would compute nonsense."),
      failing: [Example(expressionFields + "\n    constraint: ↓child_dob <= 5")],
      passing: [Example(expressionFields + "\n    constraint: child_dob <= today()")]),
    RuleEntry(
      .X004,
      rationale: LocalizedText(
        vi: "visible_when, required_when và constraint phải là điều kiện đúng/sai.",
        en: "visible_when, required_when and constraint must be conditions that are true or false."),
      failing: [Example(expressionFields + "\n    visible_when: ↓copies")],
      passing: [Example(expressionFields + "\n    visible_when: copies > 0")]),
    RuleEntry(
      .X005,
      rationale: LocalizedText(
        vi: "Số tiền phí phải là một số để cổng tính và thu đúng.",
        en: "A fee amount must be a number for portals to compute and collect it."),
      failing: [Example(expressionFields + "\nfees:\n  - {id: phi, name: Phí, kind: phi, amount: ↓child_name}")],
      passing: [Example(expressionFields + "\nfees:\n  - {id: phi, name: Phí, kind: phi, amount: 8000 * copies}")]),
    RuleEntry(
      .X006,
      rationale: LocalizedText(
        vi: "Chỉ các hàm của ngôn ngữ biểu thức chạy được giống nhau ở trình biên dịch, biểu mẫu và cổng.",
        en: "Only the language's own functions run the same in the compiler, the form and the portal."),
      failing: [Example(expressionFields + "\n    visible_when: ↓lenght(child_name) > 0")],
      passing: [Example(expressionFields + "\n    visible_when: len(child_name) > 0")]),
    RuleEntry(
      .X007,
      rationale: LocalizedText(
        vi: "Mỗi hàm nhận số đối số cố định; thừa hay thiếu đối số là dấu hiệu biểu thức viết nhầm.",
        en: "Each function takes a fixed number of arguments; more or fewer means the expression is mistyped."),
      failing: [Example(expressionFields + "\n    visible_when: ↓len(child_name, 1) > 0")],
      passing: [Example(expressionFields + "\n    visible_when: len(child_name) > 1")]),
    RuleEntry(
      .X008,
      rationale: LocalizedText(
        vi: "Chia cho 0 không có kết quả; số tiền hay điều kiện dùng phép chia đó luôn rỗng.",
        en: "Division by zero has no result; an amount or condition using it is always empty."),
      failing: [Example(expressionFields + "\nfees:\n  - {id: phi, name: Phí, kind: phi, amount: 8000 / ↓0}")],
      passing: [Example(expressionFields + "\nfees:\n  - {id: phi, name: Phí, kind: phi, amount: 8000 / 2}")]),
    RuleEntry(
      .X009,
      rationale: LocalizedText(
        vi: "date(…) cần một ngày có thật viết YYYY-MM-DD để so sánh được.",
        en: "date(…) needs a real day written YYYY-MM-DD to be compared."),
      failing: [Example(expressionFields + "\n    constraint: child_dob > date(↓'2025-02-30')")],
      passing: [Example(expressionFields + "\n    constraint: child_dob > date('2025-02-28')")]),
    RuleEntry(
      .X010,
      rationale: LocalizedText(
        vi: "So sánh trường lựa chọn với giá trị không có trong options thì điều kiện không bao giờ đúng.",
        en: "Comparing a choice field with a value it does not offer makes a condition that is never true."),
      failing: [Example(expressionFields + "\n    visible_when: sex == ↓'nữ'")],
      passing: [Example(expressionFields + "\n    visible_when: sex == 'nu'")]),
  ]
}
