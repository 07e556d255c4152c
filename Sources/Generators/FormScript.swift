import Expressions
import Model

/// The per-form part of the script: field order and rules, fees, texts; then the shared
/// expression runtime and behaviour. Every value is written as a JavaScript literal through
/// `JavaScriptEmitter`, so author text cannot end the script.
enum FormScript {
  static func source(_ page: FormPage) -> String {
    let checked = page.checked
    let procedure = checked.procedure
    func js(_ text: String) -> String { JavaScriptEmitter.jsString(text) }
    func function(_ source: Located<String>?) -> String {
      guard let source, let expression = checked.parsed(source.value) else { return "null" }
      return JavaScriptEmitter.function(expression)
    }
    func number(_ value: FieldValue?) -> String {
      switch value {
      case .integer(let v)?, .money(let v)?: String(v)
      case .number(let v)?: String(v)
      case .date(let date)?: js(date.description)
      default: "null"
      }
    }
    var out = "(function () {\n\"use strict\";\n" + ExpressionRuntime.source + "\n"
    out += "var ORDER = [" + procedure.fields.map { js($0.id.value) }.joined(separator: ", ") + "];\n"
    out += "var FIELDS = {\n"
    for field in procedure.fields {
      let id = field.id.value
      let focus: String
      switch field.type.value {
      case .choice, .multiChoice: focus = "f-\(id)-\(field.options.first?.value.value ?? "")"
      case .date: focus = "f-\(id)-day"
      default: focus = "f-\(id)"
      }
      let entries = [
        "type: \(js(field.type.value.rawValue))",
        "required: \(field.required && field.requiredWhen == nil)",
        "visibleWhen: \(function(field.visibleWhen))",
        "requiredWhen: \(function(field.requiredWhen))",
        "constraint: \(function(field.constraint))",
        "message: \(field.message != nil)",
        "min: \(number(field.min?.value))", "max: \(number(field.max?.value))",
        "minLength: \(field.minLength.map { String($0.value) } ?? "null")",
        "maxLength: \(field.maxLength.map { String($0.value) } ?? "null")",
        "pattern: \(field.pattern.map { js($0.value) } ?? "null")",
        "accept: [" + field.accept.map { js($0.value) }.joined(separator: ", ") + "]",
        "maxSize: \(field.maxSize.map { String($0.value) } ?? "null")",
        "focus: \(js(focus))",
        "describedBy: \(js(field.hint != nil ? "hint-\(id)" : ""))",
      ]
      out += "  \(js(id)): { " + entries.joined(separator: ", ") + " },\n"
    }
    out += "};\n"
    out += "var FEES = [\n"
    for fee in procedure.fees {
      func amount(_ amount: Amount?) -> String {
        switch amount {
        case .fixed(let value)?: return "function () { return \(value); }"
        case .expression(let text)?: return checked.parsed(text).map(JavaScriptEmitter.function) ?? "function () { return null; }"
        case nil: return "null"
        }
      }
      out += "  { id: \(js(fee.id.value)), currency: \(js(fee.currencyCode)), amount: \(amount(fee.amount.value)), "
      out += "online: \(amount(fee.onlineAmount?.value)), onlineUntil: \(fee.onlineUntil.map { js($0.value.description) } ?? "null") },\n"
    }
    out += "];\n"
    // The page's texts in the order shown, the fields' messages, then the interface texts
    // the page did not show (the script shows them).
    out += "var TEXTS = {\n"
    for text in page.texts {
      switch text {
      case .author(let key, let vi, let en): appendText(key: key, vi: vi, en: en, to: &out)
      case .interface(let index): out += uiLines[index]
      }
    }
    for field in procedure.fields {
      if let message = field.message { appendText(key: "message.\(field.id.value)", vi: message.vi, en: message["en"], to: &out) }
    }
    for index in FormPage.ui.indices where !page.shownUI[index] { out += uiLines[index] }
    out += "};\n"
    out += FormBehaviour.source
    out += "})();"
    return out
  }

  /// One entry of `TEXTS`: `"key": { vi: "…", en: "…" },` and a line break.
  private static func appendText(key: String, vi: String, en: String?, to out: inout String) {
    out += "  "
    JavaScriptEmitter.appendString(key, to: &out)
    out += ": { vi: "
    JavaScriptEmitter.appendString(vi, to: &out)
    if let en {
      out += ", en: "
      JavaScriptEmitter.appendString(en, to: &out)
    }
    out += " },\n"
  }

  /// The `TEXTS` entries of the interface's own texts (`FormPage.ui`, in its order), the
  /// same in every form, made once.
  private static let uiLines: [String] = FormPage.ui.map { key, vi, en in
    var line = ""
    appendText(key: key, vi: vi, en: en, to: &line)
    return line
  }
}
