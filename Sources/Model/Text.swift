import Diagnostics

/// Author text in one or more languages; Vietnamese is always there.
///
/// Written either as a plain string (Vietnamese) or as `{vi: "…", en: "…"}`. Values are
/// NFC-normalised, so the same words typed on two keyboards compare equal.
public struct Text: Sendable, Hashable {
  public struct Translation: Sendable, Hashable {
    /// ISO 639-1 code, e.g. `vi`, `en`.
    public var language: String
    public var value: String

    public init(language: String, value: String) {
      self.language = language
      self.value = value
    }
  }

  /// Every translation in file order; `vi` is first when written as a plain string.
  public var translations: [Translation]
  /// Where the text was written (the string, or the whole `{vi: …, en: …}` mapping).
  public var span: Span

  public init(translations: [Translation], span: Span) {
    self.translations = translations
    self.span = span
  }

  public init(vi: String, en: String? = nil, span: Span) {
    var translations = [Translation(language: "vi", value: vi)]
    if let en { translations.append(Translation(language: "en", value: en)) }
    self.translations = translations
    self.span = span
  }

  /// The text in `language`, if written.
  public subscript(language: String) -> String? {
    translations.first { $0.language == language }?.value
  }

  /// The Vietnamese text (empty only when decoding already reported it missing).
  public var vi: String { self["vi"] ?? "" }

  /// The text in `language`, falling back to Vietnamese.
  public func resolved(_ language: String) -> String { self[language] ?? vi }
}
