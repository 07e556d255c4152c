import Expressions
import Model

/// `forms/<code>.schema.json`: what the form submits, as JSON Schema 2020-12 — types, the
/// fields required without conditions, patterns for citizen ids, phones and tax codes,
/// enums for choices — with each field's expressions in the `x-tthc-expressions` keyword.
/// Hidden fields are not submitted, so a field with `visible_when` or `required_when` is
/// never in `required`.
public struct FormSchemaGenerator: ProcedureGenerator {
  public init() {}

  public static let patterns: [FieldType: String] = [
    .citizenID: "^[0-9]{12}$",
    .phone: "^(0|\\+84)(3|5|7|8|9)[0-9]{8}$",
    .taxCode: "^[0-9]{10}(-?[0-9]{3})?$",
  ]

  public func generate(_ checked: CheckedProcedure, in input: BuildInput) -> [OutputFile] {
    let procedure = checked.procedure
    var properties = JSONObject()
    var required: [JSONValue] = []
    for field in procedure.fields {
      var schema = Self.schema(for: field)
      var expressions = JSONObject()
      for (key, source) in [("visibleWhen", field.visibleWhen), ("requiredWhen", field.requiredWhen), ("constraint", field.constraint)] {
        if let source { expressions[key] = ExpressionJSON.expression(source.value, checked.parsed(source.value)) }
      }
      if case .object(var object) = schema {
        object["title"] = .string(field.label.vi)
        if !expressions.isEmpty { object["x-tthc-expressions"] = .object(expressions) }
        schema = .object(object)
      }
      properties[field.id.value] = schema
      if field.required && field.visibleWhen == nil && field.requiredWhen == nil { required.append(.string(field.id.value)) }
    }
    let document: JSONValue = [
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": .string("https://tthc.example/forms/\(checked.code).schema.json"),
      "title": .string(procedure.name.vi),
      "type": "object",
      "additionalProperties": false,
      "properties": .object(properties),
      "required": .array(required),
    ]
    return [OutputFile(path: BuildInput.paths(for: checked.code).formSchema, bytes: document.bytes)]
  }

  static func schema(for field: Field) -> JSONValue {
    var object = JSONObject()
    func bound(_ value: FieldValue?) -> JSONValue? {
      switch value {
      case .integer(let v)?, .money(let v)?: .integer(v)
      case .number(let v)?: .number(v)
      default: nil
      }
    }
    switch field.type.value {
    case .text, .longText, .address:
      object["type"] = "string"
      if let minimum = field.minLength { object["minLength"] = .integer(Int64(minimum.value)) }
      if let maximum = field.maxLength { object["maxLength"] = .integer(Int64(maximum.value)) }
      if let pattern = field.pattern { object["pattern"] = .string("^(?:\(pattern.value))$") }
    case .email:
      object["type"] = "string"
      object["format"] = "email"
    case .phone, .citizenID, .taxCode:
      object["type"] = "string"
      object["pattern"] = .string(patterns[field.type.value]!)
    case .integer, .money:
      object["type"] = "integer"
      if field.type.value == .money && field.min == nil { object["minimum"] = 0 }
    case .number:
      object["type"] = "number"
    case .date:
      object["type"] = "string"
      object["format"] = "date"
    case .boolean:
      object["type"] = "boolean"
    case .choice:
      object["type"] = "string"
      object["enum"] = .array(field.options.map { .string($0.value.value) })
    case .multiChoice:
      object["type"] = "array"
      object["items"] = ["enum": .array(field.options.map { .string($0.value.value) })]
      object["uniqueItems"] = true
      if case .integer(let low)? = field.min?.value { object["minItems"] = .integer(low) }
      if case .integer(let high)? = field.max?.value { object["maxItems"] = .integer(high) }
    case .file:
      object["type"] = "object"
      object["additionalProperties"] = false
      object["required"] = ["name", "size"]
      object["properties"] = [
        "name": ["type": "string"], "size": ["type": "integer", "minimum": 0], "type": ["type": "string"],
      ]
    }
    if field.type.value != .multiChoice {
      if let low = bound(field.min?.value) { object["minimum"] = low }
      if let high = bound(field.max?.value) { object["maximum"] = high }
      if case .date(let low)? = field.min?.value { object["formatMinimum"] = .string(low.description) }
      if case .date(let high)? = field.max?.value { object["formatMaximum"] = .string(high.description) }
    }
    return .object(object)
  }
}
