import Expressions
import Model

/// The HTML body and script of one procedure's form. Every piece of author text passes
/// through `Markup.escape` (HTML) or `JavaScriptEmitter`'s string literals (`jsString`,
/// `appendString`, `JSString`, for the script) on its way in; nothing else adds author text.
struct FormPage {
  let checked: CheckedProcedure
  let language: String
  let offersEnglish: Bool
  /// Every translatable text the page shows, in the order first shown, for the language
  /// switch: the author's texts (each key once: keys are made of unique ids) and the
  /// interface's own, by their place in `ui`.
  private(set) var texts: [ShownText] = []
  /// Which of `ui` the page has shown.
  private(set) var shownUI: [Bool] = Array(repeating: false, count: FormPage.ui.count)

  enum ShownText {
    case author(key: String, vi: String, en: String?)
    case interface(Int)
  }

  init(_ checked: CheckedProcedure, language: String, offersEnglish: Bool) {
    self.checked = checked
    self.language = language
    self.offersEnglish = offersEnglish
  }

  static let ui: [(String, String, String)] = [
    ("ui.skip", "Bỏ qua đến nội dung chính", "Skip to main content"),
    ("ui.optional", "(không bắt buộc)", "(optional)"),
    ("ui.errors", "Có lỗi cần sửa", "There is a problem"),
    ("ui.fees", "Phí, lệ phí", "Fees"),
    ("ui.fee", "Khoản phí", "Fee"),
    ("ui.amount", "Số tiền", "Amount"),
    ("ui.total", "Tổng cộng", "Total"),
    ("ui.submit", "Kiểm tra và gửi", "Check and submit"),
    ("ui.done", "Thông tin đã đủ và đúng; hồ sơ sẵn sàng để nộp", "The information is complete and valid; the application is ready to submit"),
    ("ui.day", "Ngày", "Day"), ("ui.month", "Tháng", "Month"), ("ui.year", "Năm", "Year"),
    ("ui.switch", "English", "Tiếng Việt"),
    ("msg.required", "Vui lòng nhập {label}", "Enter {label}"),
    ("msg.choose", "Vui lòng chọn {label}", "Select {label}"),
    ("msg.date", "{label}: nhập một ngày có thật, ví dụ 27 3 2007", "{label} must be a real date, for example 27 3 2007"),
    ("msg.number", "{label}: chỉ nhập chữ số", "{label} must be a number"),
    ("msg.money", "{label}: nhập số tiền bằng chữ số, ví dụ 50.000", "{label} must be an amount in digits, for example 50,000"),
    ("msg.email", "{label}: nhập địa chỉ thư điện tử, ví dụ ten@example.vn", "{label} must be an email address, like name@example.com"),
    ("msg.phone", "{label}: nhập số điện thoại Việt Nam, ví dụ 0912 345 678", "{label} must be a Vietnamese phone number, like 0912 345 678"),
    ("msg.citizen_id", "{label}: số định danh cá nhân gồm 12 chữ số", "{label} must be the 12-digit personal identification number"),
    ("msg.tax_code", "{label}: mã số thuế gồm 10 hoặc 13 chữ số", "{label} must be a 10- or 13-digit tax code"),
    ("msg.min_length", "{label} quá ngắn", "{label} is too short"),
    ("msg.max_length", "{label} quá dài", "{label} is too long"),
    ("msg.pattern", "{label} không đúng định dạng", "{label} is not in the right format"),
    ("msg.min", "{label} nhỏ hơn mức cho phép", "{label} is below the minimum"),
    ("msg.max", "{label} lớn hơn mức cho phép", "{label} is above the maximum"),
    ("msg.accept", "{label}: loại tệp không được chấp nhận", "{label} must be a file of an accepted type"),
    ("msg.max_size", "{label}: tệp quá lớn", "{label} is too large"),
    ("msg.constraint", "{label} không hợp lệ", "{label} is not valid"),
  ]

  /// `<span data-i18n="key">text</span>`, with the text registered for the switch.
  mutating func text(_ key: String, _ value: Text) -> String {
    texts.append(.author(key: key, vi: value.vi, en: value["en"]))
    return Self.span(key, value.resolved(language))
  }

  private static func span(_ key: String, _ text: String) -> String {
    "<span data-i18n=\"\(key)\">\(Markup.escape(text))</span>"
  }

  /// Where each key of `ui` is.
  static let uiIndex = Dictionary(ui.enumerated().map { ($0.element.0, $0.offset) }, uniquingKeysWith: { first, _ in first })
  /// The spans of the interface's texts in Vietnamese and in English, made once.
  private static let uiSpans = (
    vi: ui.map { span($0.0, $0.1) }, en: ui.map { span($0.0, $0.2) })

  /// An interface text (a key of `ui`) as `text(_:_:)` shows it.
  mutating func uiText(_ key: String) -> String {
    guard let index = Self.uiIndex[key] else { return "" }
    if !shownUI[index] {
      shownUI[index] = true
      texts.append(.interface(index))
    }
    return language == "en" ? Self.uiSpans.en[index] : Self.uiSpans.vi[index]
  }

  /// The page's body as bytes.
  mutating func body() -> [UInt8] {
    let procedure = checked.procedure
    var out = TextBytes(capacity: 8192)
    out.add("<h1>", text("title", procedure.name), "</h1>\n")
    out.add("<div class=\"error-summary\" id=\"error-summary\" role=\"alert\" tabindex=\"-1\" aria-labelledby=\"error-summary-title\" hidden>\n")
    out.add("<h2 id=\"error-summary-title\">", uiText("ui.errors"), "</h2>\n<ul id=\"error-list\"></ul>\n</div>\n")
    out.add("<form id=\"form\" novalidate>\n")
    for field in procedure.fields { self.field(field, into: &out) }
    if !procedure.fees.isEmpty { fees(into: &out) }
    out.add("<button type=\"submit\" class=\"button\" id=\"submit\">", uiText("ui.submit"), "</button>\n")
    out.add("</form>\n")
    out.add("<div class=\"confirmation\" id=\"confirmation\" role=\"status\" tabindex=\"-1\" hidden>\n")
    out.add("<p>", uiText("ui.done"), "</p>\n<pre id=\"submission\"></pre>\n</div>\n")
    return out.bytes
  }

  private mutating func field(_ field: Field, into out: inout TextBytes) {
    let id = field.id.value
    let type = field.type.value
    let unconditional = field.required && field.visibleWhen == nil && field.requiredWhen == nil
    // Texts are registered for the switch in the order shown here: the optional marker,
    // the hint, then the label and options.
    let optional = !field.required && field.requiredWhen == nil ? " <span class=\"optional\">" + uiText("ui.optional") + "</span>" : ""
    let hint = field.hint.map { "<div class=\"hint\" id=\"hint-\(id)\">" + text("hint.\(id)", $0) + "</div>\n" } ?? ""
    let describedBy = field.hint != nil ? " aria-describedby=\"hint-\(id)\"" : ""
    let requiredAttribute = unconditional ? " aria-required=\"true\"" : ""
    out.add("<div class=\"field\" id=\"field-", id, "\">\n")
    switch type {
    case .choice, .multiChoice:
      let inputType = type == .choice ? "radio" : "checkbox"
      let defaults: [String]
      switch field.defaultValue?.value {
      case .choice(let value)?: defaults = [value]
      case .choices(let values)?: defaults = values
      default: defaults = []
      }
      out.add("<fieldset id=\"group-", id, "\"", describedBy, ">\n<legend>", text("label.\(id)", field.label), optional, "</legend>\n")
      out.add(hint)
      Self.addError(id, into: &out)
      for option in field.options {
        let value = option.value.value
        out.add("<div class=\"choice\"><input type=\"", inputType, "\" id=\"f-", id, "-", value, "\" name=\"", id, "\" value=\"", value, "\"")
        if defaults.contains(value) { out.add(" checked") }
        out.add(">", "<label for=\"f-", id, "-", value, "\">", text("option.\(id).\(value)", option.label), "</label></div>\n")
      }
      out.add("</fieldset>\n")
    case .date:
      out.add("<fieldset id=\"group-", id, "\"", describedBy, ">\n<legend>", text("label.\(id)", field.label), optional, "</legend>\n")
      out.add(hint)
      Self.addError(id, into: &out)
      out.add("<div class=\"date-input\">\n")
      for (part, key, width) in [("day", "ui.day", "narrow"), ("month", "ui.month", "narrow"), ("year", "ui.year", "year")] {
        let maxLength = part == "year" ? 4 : 2
        out.add("<div><label for=\"f-", id, "-", part, "\">", uiText(key), "</label>")
        out.add(
          "<input type=\"text\" class=\"", width, "\" id=\"f-", id, "-", part, "\" name=\"", id, "-", part,
          "\" inputmode=\"numeric\" maxlength=\"", maxLength, "\"", requiredAttribute, "></div>\n")
      }
      out.add("</div>\n</fieldset>\n")
    case .boolean:
      out.add(hint)
      Self.addError(id, into: &out)
      out.add("<div class=\"choice\"><input type=\"checkbox\" id=\"f-", id, "\" name=\"", id, "\" value=\"true\"", describedBy)
      if field.defaultValue?.value == .boolean(true) { out.add(" checked") }
      out.add(">", "<label for=\"f-", id, "\">", text("label.\(id)", field.label), "</label></div>\n")
    default:
      out.add("<label for=\"f-", id, "\">", text("label.\(id)", field.label), optional, "</label>\n", hint)
      Self.addError(id, into: &out)
      input(field, describedBy: describedBy, required: requiredAttribute, into: &out)
    }
    out.add("</div>\n")
  }

  /// The field's error message, filled in by the script.
  private static func addError(_ id: String, into out: inout TextBytes) {
    out.add("<p class=\"error-message\" id=\"error-", id, "\" hidden></p>\n")
  }

  private func input(_ field: Field, describedBy: String, required: String, into out: inout TextBytes) {
    let id = field.id.value
    var defaultText: String?
    switch field.defaultValue?.value {
    case .text(let text)?: defaultText = text
    case .integer(let value)?, .money(let value)?: defaultText = String(value)
    case .number(let value)?: defaultText = String(value)
    default: defaultText = nil
    }
    let value = defaultText.map { " value=\"" + Markup.escape($0) + "\"" } ?? ""
    switch field.type.value {
    case .longText:
      out.add("<textarea id=\"f-", id, "\" name=\"", id, "\"", describedBy, required, " rows=\"5\">", Markup.escape(defaultText ?? ""), "</textarea>\n")
    case .file:
      // `aria-required` is not allowed on file inputs.
      out.add("<input type=\"file\" id=\"f-", id, "\" name=\"", id, "\"", describedBy)
      if !field.accept.isEmpty {
        out.add(" accept=\"")
        for (index, type) in field.accept.enumerated() { out.add(index == 0 ? "." : ",.", type.value) }
        out.add("\"")
      }
      out.add(">\n")
    case .email:
      out.add("<input type=\"email\" id=\"f-", id, "\" name=\"", id, "\"", describedBy, required, " autocomplete=\"email\" spellcheck=\"false\"", value, ">\n")
    case .phone:
      out.add("<input type=\"tel\" id=\"f-", id, "\" name=\"", id, "\"", describedBy, required, " autocomplete=\"tel\"", value, ">\n")
    case .integer, .money, .citizenID, .taxCode:
      out.add("<input type=\"text\" id=\"f-", id, "\" name=\"", id, "\"", describedBy, required, " inputmode=\"numeric\" spellcheck=\"false\"", value, ">\n")
    case .number:
      out.add("<input type=\"text\" id=\"f-", id, "\" name=\"", id, "\"", describedBy, required, " inputmode=\"decimal\" spellcheck=\"false\"", value, ">\n")
    default:
      out.add("<input type=\"text\" id=\"f-", id, "\" name=\"", id, "\"", describedBy, required, value, ">\n")
    }
  }

  private mutating func fees(into out: inout TextBytes) {
    out.add("<h2>", uiText("ui.fees"), "</h2>\n<table class=\"fees\" aria-live=\"polite\">\n")
    out.add("<thead><tr><th scope=\"col\">", uiText("ui.fee"), "</th><th scope=\"col\" class=\"amount\">", uiText("ui.amount"), "</th></tr></thead>\n<tbody>\n")
    for fee in checked.procedure.fees {
      let id = fee.id.value
      out.add("<tr><td>", text("fee.\(id)", fee.name), "</td>")
      out.add("<td class=\"amount\"><del id=\"fee-", id, "-normal\"></del> <span id=\"fee-", id, "\"></span></td></tr>\n")
    }
    out.add("</tbody>\n<tfoot><tr><th scope=\"row\">", uiText("ui.total"), "</th><td class=\"amount\" id=\"fee-total\"></td></tr></tfoot>\n</table>\n")
  }

  /// The language switch button, when the catalog offers English.
  func languageSwitch() -> String {
    guard offersEnglish else { return "" }
    return "<button type=\"button\" id=\"language-switch\" lang=\"en\">English</button>"
  }
}
