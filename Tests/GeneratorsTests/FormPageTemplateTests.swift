@testable import Generators
import Testing

/// `PlainTemplate` stands in for swift-mustache only where both give the same bytes: these
/// tests render through both and compare, and check which templates it declines.
@Suite("Form page templates")
struct FormPageTemplateTests {
  static let names = ["lang", "title", "code", "css", "skipLink", "languageSwitch", "body", "script"]

  /// Pieces that escaping, Characters and byte scans can trip on.
  static let fragments = [
    "", "Đăng ký khai sinh", "<script>alert(1)</script>", "a & b", "\"quoted\"", "it's", "x > y",
    "\"\u{301}", "<\u{301}b", "&\u{300}", "'\u{303}", "e\u{301}", "🇻🇳", "\r\n", "\n", "{{title}}", "}}}", "\u{0}",
    "&amp;", "Phí: 50.000 ₫",
  ]

  /// Values made of fragments, the same on every run (a fixed linear congruential sequence).
  static func valueSets(count: Int) -> [[String: [UInt8]]] {
    var state: UInt64 = 0x7468_6863
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    return (0..<count).map { _ in
      var values: [String: [UInt8]] = [:]
      for name in names where next(8) != 0 {  // now and then a name is missing
        values[name] = Array((0..<next(4)).map { _ in fragments[next(fragments.count)] }.joined().utf8)
      }
      return values
    }
  }

  static let plainTemplates = [
    FormTemplate.page,
    "<!DOCTYPE html><html lang=\"{{lang}}\"><head><title>{{title}}</title></head><body class=\"tinh\">{{{body}}}<script>{{{script}}}</script></body></html>",
    "{{title}}{{{title}}}{{code}}",
    "{{{body}}}}} {{title}}} { {x} }} text only at the end",
    "Tỉnh Lào Cai — {{title}} ({{code}})\n{{missing_name_1}}|{{{also_missing}}}|\n",
    "",
    "no tags at all, just } and { and }}",
  ]

  @Test("the built-in page template is rendered without swift-mustache")
  func builtInIsPlain() {
    #expect(FormPageTemplate.builtIn.plain != nil)
  }

  @Test("plain templates give swift-mustache's bytes for every value", arguments: plainTemplates.indices)
  func sameBytesAsMustache(index: Int) throws {
    let template = try FormPageTemplate(source: Self.plainTemplates[index])
    #expect(template.plain != nil)
    for values in Self.valueSets(count: 300) {
      let plain = template.render(values)
      let mustache = template.renderedByMustache(values)
      // Bytes, not Strings: String equality would let canonically equivalent text pass.
      if plain != mustache {
        let shown = { (bytes: [UInt8]) in String(decoding: bytes, as: UTF8.self).debugDescription }
        Issue.record("values \(values): plain \(shown(plain)), swift-mustache \(shown(mustache))")
        return
      }
    }
  }

  static let otherTemplates = [
    "{{#title}}[{{title}}]{{/title}}", "{{^title}}none{{/title}}", "{{ title }}", "{{! a comment }}{{title}}",
    "{{&title}}", "{{title.count}}", "{{=<% %>=}}<% title %>", "{{uppercased(title)}}", "{{> header}}{{title}}",
    "{{}}", "{{{title}}", "{{title}", "a {{title",
  ]

  @Test("templates with anything but simple variables are left to swift-mustache", arguments: otherTemplates)
  func declined(source: String) {
    #expect(PlainTemplate(source) == nil)
    // Those swift-mustache accepts render as swift-mustache renders them.
    guard let template = try? FormPageTemplate(source: source) else { return }
    for values in Self.valueSets(count: 20) {
      #expect(template.render(values) == template.renderedByMustache(values))
    }
  }

  @Test("a section renders through swift-mustache")
  func sectionStillWorks() throws {
    let template = try FormPageTemplate(source: "{{#title}}<b>{{title}}</b>{{/title}}{{^code}}no code{{/code}}")
    #expect(String(decoding: template.render(["title": Array("a<b".utf8)]), as: UTF8.self) == "<b>a&lt;b</b>no code")
  }

  @Test("a template that is not Mustache is refused")
  func invalidTemplate() {
    #expect(throws: (any Error).self) { try FormPageTemplate(source: "{{#title}}never closed") }
  }
}
