/// One paper of the dossier (thành phần hồ sơ).
public struct Document: Sendable {
  public var id: Located<String>
  public var name: Text
  public var kind: DocumentKind
  public var copies: Int
  /// Whether it may be submitted as an electronic file.
  public var electronic: Bool
  /// Shown at the desk, not handed in (xuất trình).
  public var presentOnly: Bool
  /// Whether it is always needed; `required_when` narrows when it is.
  public var required: Bool
  public var requiredWhen: Located<String>?
  /// The official form the applicant fills, e.g. `Mẫu TK1-TS (Thông tư 04/2024/TT-BTP)`.
  public var template: Text?
  /// A national database the agency fetches this paper from itself (once-only).
  public var retrievableFrom: Located<String>?

  public init(id: Located<String>, name: Text) {
    self.id = id
    self.name = name
    self.kind = .original
    self.copies = 1
    self.electronic = false
    self.presentOnly = false
    self.required = true
  }
}
