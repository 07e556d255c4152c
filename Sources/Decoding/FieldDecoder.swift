import Diagnostics
import Model
import YAMLReader

extension SchemaReader {
  static let commonFieldKeys = [
    "id", "label", "type", "hint", "required", "required_when", "visible_when", "constraint", "message",
  ]
  /// The keys a field may have whatever its type, and those of each type (made once: they
  /// are only read for help when a key is wrong).
  static let anyFieldKeys = commonFieldKeys + FieldType.allTypeKeys
  static let fieldKeysByType = Dictionary(uniqueKeysWithValues: FieldType.allCases.map { ($0, commonFieldKeys + $0.keys) })
  static let optionKeys = ["value", "label"]

  /// One form field; which extra keys it may have depends on its `type`.
  mutating func field(_ node: NodeID) -> Field? {
    guard var map = mapping(node, .field, keys: Self.anyFieldKeys) else { return nil }
    let type = required("type", from: &map, example: "type: text").flatMap { choice($0, key: "type", as: FieldType.self) }
    if let type { map.keys = Self.fieldKeysByType[type.value] ?? Self.anyFieldKeys }
    let id = required("id", from: &map, example: "id: child_name").flatMap { identifier($0, key: "id") }
    let label = required("label", from: &map, example: "label: {vi: Họ và tên, en: Full name}").flatMap { text($0, key: "label") }
    let hint = map.take("hint").flatMap { text($0, key: "hint") }
    let isRequired = map.take("required").flatMap { boolean($0, key: "required") }
    let requiredWhen = map.take("required_when").flatMap { expression($0, key: "required_when") }
    let visibleWhen = map.take("visible_when").flatMap { expression($0, key: "visible_when") }
    let constraint = map.take("constraint").flatMap { expression($0, key: "constraint") }
    let message = map.take("message").flatMap { text($0, key: "message") }

    var field: Field?
    if let id, let label, let type { field = Field(id: id, label: label, type: type) }
    field?.hint = hint
    field?.required = isRequired ?? false
    field?.requiredWhen = requiredWhen
    field?.visibleWhen = visibleWhen
    field?.constraint = constraint
    field?.message = message
    if let type {
      // Type-specific keys are read whether or not the rest of the field could be; keys of
      // other types are left for `finish` to report.
      let parts = typeSpecificParts(&map, type: type.value)
      field?.minLength = parts.minLength
      field?.maxLength = parts.maxLength
      field?.pattern = parts.pattern
      field?.options = parts.options
      field?.min = parts.min
      field?.max = parts.max
      field?.defaultValue = parts.defaultValue
      field?.accept = parts.accept
      field?.maxSize = parts.maxSize
    } else {
      // The type is unknown (and reported): its keys cannot be judged.
      for key in FieldType.allTypeKeys { _ = map.take(key) }
    }
    finish(map, wrongTypeHelp: { key in
      guard let type, FieldType.allTypeKeys.contains(key) else { return nil }
      let fitting = FieldType.allCases.filter { $0.keys.contains(key) }.map(\.rawValue)
      let own = type.value.keys
      return LocalizedText(
        vi: "\(quoted(key)) dùng cho kiểu: \(listed(fitting)); kiểu \(type.value.rawValue) "
          + (own.isEmpty ? "không có khóa riêng" : "có các khóa: \(listed(own))"),
        en: "\(quoted(key)) belongs to types: \(listed(fitting)); a \(type.value.rawValue) field "
          + (own.isEmpty ? "has no type-specific keys" : "has: \(listed(own))"))
    })
    return field
  }

  private struct TypeSpecificParts {
    var minLength: Located<Int>?
    var maxLength: Located<Int>?
    var pattern: Located<String>?
    var options: [FieldOption] = []
    var min: Located<FieldValue>?
    var max: Located<FieldValue>?
    var defaultValue: Located<FieldValue>?
    var accept: [Located<String>] = []
    var maxSize: Located<Int>?
  }

  private mutating func typeSpecificParts(_ map: inout MappingReader, type: FieldType) -> TypeSpecificParts {
    let allowed = type.keys  // a handful of keys: a linear search beats hashing
    var parts = TypeSpecificParts()
    if allowed.contains("min_length") {
      parts.minLength = map.take("min_length").flatMap { integer($0, key: "min_length", range: 0...1_000_000) }
    }
    if allowed.contains("max_length") {
      parts.maxLength = map.take("max_length").flatMap { integer($0, key: "max_length", range: 1...1_000_000) }
    }
    if allowed.contains("pattern") {
      parts.pattern = map.take("pattern").flatMap { expression($0, key: "pattern") }
    }
    if allowed.contains("options") {
      if let node = map.take("options") {
        parts.options = entities(node, key: "options", example: "[{value: nam, label: Nam}]", allowEmpty: false,
                                 id: { $0.value }, decodeItem: { $0.option($1) })
      } else {
        missing("options", in: map, example: "options: [{value: nam, label: Nam}, {value: nu, label: Nữ}]")
      }
    }
    if allowed.contains("min") { parts.min = map.take("min").flatMap { bound($0, key: "min", type: type) } }
    if allowed.contains("max") { parts.max = map.take("max").flatMap { bound($0, key: "max", type: type) } }
    if allowed.contains("default") { parts.defaultValue = map.take("default").flatMap { defaultValue($0, type: type) } }
    if allowed.contains("accept") { parts.accept = map.take("accept").map { fileTypes($0) } ?? [] }
    if allowed.contains("max_size") { parts.maxSize = map.take("max_size").flatMap { fileSize($0, key: "max_size") } }
    return parts
  }

  mutating func option(_ node: NodeID) -> FieldOption? {
    guard var map = mapping(node, .option, keys: Self.optionKeys) else { return nil }
    let value = required("value", from: &map, example: "value: nam").flatMap { identifier($0, key: "value") }
    let label = required("label", from: &map, example: "label: Nam").flatMap { text($0, key: "label") }
    finish(map)
    guard let value, let label else { return nil }
    return FieldOption(value: value, label: label)
  }

  /// `min`/`max`: a count for multi-choice, otherwise a value of the field's type.
  private mutating func bound(_ node: NodeID, key: String, type: FieldType) -> Located<FieldValue>? {
    switch type {
    case .integer, .multiChoice: return integer(node, key: key).map { Located(.integer(Int64($0.value)), at: $0.span) }
    case .number: return decimal(node, key: key).map { Located(.number($0.value), at: $0.span) }
    case .money: return money(node, key: key).map { Located(.money($0.value), at: $0.span) }
    case .date: return date(node, key: key).map { Located(.date($0.value), at: $0.span) }
    default: return nil
    }
  }

  private mutating func defaultValue(_ node: NodeID, type: FieldType) -> Located<FieldValue>? {
    let key = "default"
    switch type {
    case .text, .longText, .address:
      return scalar(node, key: key).map { Located(.text($0.nfc), at: span(node)) }
    case .integer, .number, .money, .date:
      return bound(node, key: key, type: type)
    case .boolean:
      return boolean(node, key: key).map { Located(.boolean($0), at: span(node)) }
    case .choice:
      return identifier(node, key: key).map { Located(.choice($0.value), at: $0.span) }
    case .multiChoice:
      guard let items = list(node, key: key, example: "default: [nam]") else { return nil }
      let values = items.compactMap { identifier($0, key: key)?.value }
      return values.count == items.count ? Located(.choices(values), at: span(node)) : nil
    default:
      return nil
    }
  }

  /// File extensions for `accept`: `[pdf, jpg, png]`.
  private mutating func fileTypes(_ node: NodeID) -> [Located<String>] {
    guard let items = list(node, key: "accept", example: "accept: [pdf, jpg, png]") else { return [] }
    var types: [Located<String>] = []
    for item in items {
      guard let text = scalar(item, key: "accept") else { continue }
      let bare = text.hasPrefix(".") ? String(text.dropFirst()) : text
      if !bare.isEmpty, bare.count <= 10, bare.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }), bare == text {
        types.append(Located(text, at: span(item)))
      } else {
        bag.report(
          .S011, at: span(item),
          LocalizedText(vi: "\(quoted(text)) không phải đuôi tệp", en: "\(quoted(text)) is not a file extension"),
          help: LocalizedText(vi: "viết đuôi tệp chữ thường, không có dấu chấm: pdf, jpg, png",
                              en: "write lowercase extensions without a dot: pdf, jpg, png"))
      }
    }
    return types
  }
}
