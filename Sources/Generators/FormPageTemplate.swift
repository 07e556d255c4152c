import Mustache

/// The page template of the forms: the built-in one (`FormTemplate.page`) or a province's
/// `form.mustache`, a Mustache template in full.
///
/// Rendered by swift-mustache, except that a template of only text and simple variables —
/// the built-in one, and most restyled pages — is rendered by `PlainTemplate`, which gives
/// the same bytes without looking each name up through `Any` (about a third of a form's
/// making, measured with `check-phases`).
public struct FormPageTemplate: Sendable {
  let mustache: MustacheTemplate
  let plain: PlainTemplate?

  /// Throws swift-mustache's parse error for a template that is not valid Mustache.
  public init(source: String) throws {
    mustache = try MustacheTemplate(string: source)
    plain = PlainTemplate(source)
  }

  /// The template a build uses when no `--templates` folder is given.
  public static let builtIn: FormPageTemplate = {
    // The built-in template is a constant that parses; a failure here is a bug.
    try! FormPageTemplate(source: FormTemplate.page)
  }()

  /// The page with `values` (UTF-8) in place of its variables.
  public func render(_ values: [String: [UInt8]]) -> [UInt8] {
    if let plain { return plain.render(values) }
    return renderedByMustache(values)
  }

  /// The page as swift-mustache alone renders it (for comparing the two).
  func renderedByMustache(_ values: [String: [UInt8]]) -> [UInt8] {
    Array(mustache.render(values.mapValues { String(decoding: $0, as: UTF8.self) }).utf8)
  }
}
