import Expressions
import Model

/// The per-form part of the script: field order and rules, fees, texts; then the shared
/// expression runtime and behaviour. Every value is written as a JavaScript literal through
/// `JavaScriptEmitter`, so author text cannot end the script.
enum FormScript {
  static func source(_ page: FormPage) -> [UInt8] {
    let checked = page.checked
    let procedure = checked.procedure
    func function(_ source: Located<String>?) -> String {
      guard let source, let expression = checked.parsed(source.value) else { return "null" }
      return JavaScriptEmitter.function(expression)
    }
    func addNumber(_ value: FieldValue?, to out: inout TextBytes) {
      switch value {
      case .integer(let v)?, .money(let v)?: out.add(String(v))
      case .number(let v)?: out.add(String(v))
      case .date(let date)?: out.add(JSString(date.description))
      default: out.add("null")
      }
    }
    var out = TextBytes(capacity: ExpressionRuntime.source.utf8.count + FormBehaviour.source.utf8.count + 8192)
    out.add("(function () {\n\"use strict\";\n", ExpressionRuntime.source, "\n")
    out.add("var ORDER = [")
    for (index, field) in procedure.fields.enumerated() { out.add(index == 0 ? "" : ", ", JSString(field.id.value)) }
    out.add("];\n")
    out.add("var FIELDS = {\n")
    for field in procedure.fields {
      let id = field.id.value
      let focus: String
      switch field.type.value {
      case .choice, .multiChoice: focus = "f-\(id)-\(field.options.first?.value.value ?? "")"
      case .date: focus = "f-\(id)-day"
      default: focus = "f-\(id)"
      }
      out.add("  ", JSString(id), ": { type: ", JSString(field.type.value.rawValue))
      out.add(", required: ", field.required && field.requiredWhen == nil ? "true" : "false")
      out.add(", visibleWhen: ", function(field.visibleWhen), ", requiredWhen: ", function(field.requiredWhen))
      out.add(", constraint: ", function(field.constraint), ", message: ", field.message != nil ? "true" : "false")
      out.add(", min: ")
      addNumber(field.min?.value, to: &out)
      out.add(", max: ")
      addNumber(field.max?.value, to: &out)
      out.add(", minLength: ", field.minLength.map { String($0.value) } ?? "null")
      out.add(", maxLength: ", field.maxLength.map { String($0.value) } ?? "null")
      out.add(", pattern: ")
      if let pattern = field.pattern { out.add(JSString(pattern.value)) } else { out.add("null") }
      out.add(", accept: [")
      for (index, type) in field.accept.enumerated() { out.add(index == 0 ? "" : ", ", JSString(type.value)) }
      out.add("], maxSize: ", field.maxSize.map { String($0.value) } ?? "null")
      out.add(", focus: ", JSString(focus), ", describedBy: ", JSString(field.hint != nil ? "hint-\(id)" : ""), " },\n")
    }
    out.add("};\n")
    out.add("var FEES = [\n")
    for fee in procedure.fees {
      func amount(_ amount: Amount?) -> String {
        switch amount {
        case .fixed(let value)?: return "function () { return \(value); }"
        case .expression(let text)?: return checked.parsed(text).map(JavaScriptEmitter.function) ?? "function () { return null; }"
        case nil: return "null"
        }
      }
      out.add("  { id: ", JSString(fee.id.value), ", currency: ", JSString(fee.currencyCode), ", amount: ", amount(fee.amount.value), ", ")
      out.add("online: ", amount(fee.onlineAmount?.value), ", onlineUntil: ")
      if let until = fee.onlineUntil { out.add(JSString(until.value.description)) } else { out.add("null") }
      out.add(" },\n")
    }
    out.add("];\n")
    // The page's texts in the order shown, the fields' messages, then the interface texts
    // the page did not show (the script shows them).
    out.add("var TEXTS = {\n")
    for text in page.texts {
      switch text {
      case .author(let key, let vi, let en): addText(key: key, vi: vi, en: en, to: &out)
      case .interface(let index): out.add(uiLines[index])
      }
    }
    for field in procedure.fields {
      if let message = field.message { addText(key: "message.\(field.id.value)", vi: message.vi, en: message["en"], to: &out) }
    }
    for index in FormPage.ui.indices where !page.shownUI[index] { out.add(uiLines[index]) }
    out.add("};\n", FormBehaviour.source, "})();")
    return out.bytes
  }

  /// One entry of `TEXTS`: `"key": { vi: "…", en: "…" },` and a line break.
  private static func addText(key: String, vi: String, en: String?, to out: inout TextBytes) {
    out.add("  ", JSString(key), ": { vi: ", JSString(vi))
    if let en { out.add(", en: ", JSString(en)) }
    out.add(" },\n")
  }

  /// The `TEXTS` entries of the interface's own texts (`FormPage.ui`, in its order), the
  /// same in every form, made once.
  private static let uiLines: [String] = FormPage.ui.map { key, vi, en in
    var line = TextBytes(capacity: 128)
    addText(key: key, vi: vi, en: en, to: &line)
    return String(decoding: line.bytes, as: UTF8.self)
  }
}
