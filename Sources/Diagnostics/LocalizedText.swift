/// The languages tthc speaks to its users.
public enum Language: String, Sendable, CaseIterable {
  case vi
  case en
}

/// A message written in Vietnamese and English side by side where it is made.
public struct LocalizedText: Hashable, Sendable {
  public var vi: String
  public var en: String

  public init(vi: String, en: String) {
    self.vi = vi
    self.en = en
  }

  public subscript(language: Language) -> String {
    switch language {
    case .vi: vi
    case .en: en
    }
  }

  /// Joins two texts language by language.
  public static func + (lhs: LocalizedText, rhs: LocalizedText) -> LocalizedText {
    LocalizedText(vi: lhs.vi + rhs.vi, en: lhs.en + rhs.en)
  }

  /// The same text in both languages (an id, a number, a quoted word).
  public static func verbatim(_ text: String) -> LocalizedText {
    LocalizedText(vi: text, en: text)
  }
}
