import Model

/// `forms/<code>.html`: a self-contained, accessible form per procedure (GOV.UK patterns:
/// labels, hints linked with `aria-describedby`, fieldsets with legends for choices and
/// dates, an error summary linking to each field), with client-side behaviour compiled from
/// the same expressions the checker reads, and a live fee total.
public struct FormHTMLGenerator: ProcedureGenerator {
  let template: FormPageTemplate

  /// With the default template, or a province's own (`form.mustache`).
  public init(template: FormPageTemplate? = nil) {
    self.template = template ?? .builtIn
  }

  public func generate(_ checked: CheckedProcedure, in input: BuildInput) -> [OutputFile] {
    let language = input.catalog.defaultLanguage?.value ?? input.catalog.languages.first?.value ?? "vi"
    let offersEnglish = input.catalog.languages.contains { $0.value == "en" }
    var page = FormPage(checked, language: language, offersEnglish: offersEnglish)
    let body = page.body()
    let values: [String: [UInt8]] = [
      "lang": Array(language.utf8),
      "title": Array(checked.procedure.name.resolved(language).utf8),
      "code": Array(checked.code.utf8),
      "css": FormTemplate.cssBytes,
      "skipLink": Array((language == "en" ? "Skip to main content" : "Bỏ qua đến nội dung chính").utf8),
      "languageSwitch": Array(page.languageSwitch().utf8),
      "body": body,
      "script": FormScript.source(page),
    ]
    return [OutputFile(path: BuildInput.paths(for: checked.code).form, bytes: template.render(values))]
  }
}
