/// The type of a form field. Each type accepts its own extra keys (see `FieldType.keys`).
public enum FieldType: String, Sendable, CaseIterable {
  case text
  case longText = "long_text"
  case integer, number, money, date, boolean, choice
  case multiChoice = "multi_choice"
  case email, phone
  case citizenID = "citizen_id"
  case taxCode = "tax_code"
  case address, file

  /// The type-specific keys a field of this type may have, besides the common ones.
  public var keys: [String] {
    switch self {
    case .text, .longText, .address: Self.textKeys
    case .integer, .number, .money, .date: Self.boundedKeys
    case .boolean: Self.booleanKeys
    case .choice: Self.choiceKeys
    case .multiChoice: Self.multiChoiceKeys
    case .email, .phone, .citizenID, .taxCode: []
    case .file: Self.fileKeys
    }
  }

  // Made once: every field of a file asks for its type's keys.
  private static let textKeys = ["min_length", "max_length", "pattern", "default"]
  private static let boundedKeys = ["min", "max", "default"]
  private static let booleanKeys = ["default"]
  private static let choiceKeys = ["options", "default"]
  private static let multiChoiceKeys = ["options", "default", "min", "max"]
  private static let fileKeys = ["accept", "max_size"]

  /// Every type-specific key of any type.
  public static let allTypeKeys: [String] = [
    "min", "max", "min_length", "max_length", "pattern", "options", "default", "accept", "max_size",
  ]
}

/// A value a field holds, for `default`, `min` and `max`.
public enum FieldValue: Sendable, Hashable {
  case text(String)
  case integer(Int64)
  case number(Double)
  case money(Int64)
  case date(CalendarDate)
  case boolean(Bool)
  case choice(String)
  case choices([String])
}

/// One choice of a `choice` or `multi_choice` field.
public struct FieldOption: Sendable {
  public var value: Located<String>
  public var label: Text

  public init(value: Located<String>, label: Text) {
    self.value = value
    self.label = label
  }
}

/// One entry of the application form (tờ khai).
public struct Field: Sendable {
  public var id: Located<String>
  public var label: Text
  public var type: Located<FieldType>
  public var hint: Text?
  public var required: Bool
  /// Expressions, kept as written with their place; checked by the expression checker.
  public var visibleWhen: Located<String>?
  public var requiredWhen: Located<String>?
  public var constraint: Located<String>?
  /// Shown when `constraint` is false.
  public var message: Text?
  public var minLength: Located<Int>?
  public var maxLength: Located<Int>?
  public var pattern: Located<String>?
  public var min: Located<FieldValue>?
  public var max: Located<FieldValue>?
  public var defaultValue: Located<FieldValue>?
  public var options: [FieldOption]
  /// File types for `file` fields, e.g. `pdf`, `jpg`.
  public var accept: [Located<String>]
  /// Largest upload for `file` fields, in bytes.
  public var maxSize: Located<Int>?

  public init(id: Located<String>, label: Text, type: Located<FieldType>) {
    self.id = id
    self.label = label
    self.type = type
    self.required = false
    self.options = []
    self.accept = []
  }
}
