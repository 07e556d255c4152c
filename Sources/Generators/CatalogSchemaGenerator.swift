/// `catalog.schema.json`: JSON Schema 2020-12 for `catalog.json`, closed wherever the shape
/// is (`additionalProperties: false`), so a portal can validate what it imports.
public struct CatalogSchemaGenerator: Generator {
  public init() {}

  public func generate(_ input: BuildInput) -> [OutputFile] {
    [OutputFile(path: "catalog.schema.json", bytes: Self.schema.bytes)]
  }

  static func ref(_ name: String) -> JSONValue { ["$ref": .string("#/$defs/\(name)")] }
  static func closed(_ properties: JSONObject, required: [String]? = nil) -> JSONValue {
    [
      "type": "object", "additionalProperties": false, "properties": .object(properties),
      "required": .array((required ?? properties.keys.sorted()).map { .string($0) }),
    ]
  }
  static func nullable(_ schema: JSONValue) -> JSONValue { ["oneOf": [schema, ["type": "null"]]] }
  static func enumeration(_ values: [String]) -> JSONValue { ["type": "string", "enum": .array(values.map { .string($0) })] }
  static func array(_ items: JSONValue) -> JSONValue { ["type": "array", "items": items] }
  static let id: JSONValue = ["type": "string", "pattern": "^[a-z][a-z0-9_]*$", "maxLength": 64]
  static let channel = enumeration(["online", "in_person", "post"])

  static let schema: JSONValue = [
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://tthc.example/schemas/catalog-1.json",
    "title": "tthc catalog (format 1)",
    "description": "Administrative procedures compiled by tthc from definitions in format v1.",
    "type": "object",
    "additionalProperties": false,
    "required": ["formatVersion", "jurisdiction", "publisher", "languages", "defaultLanguage", "procedures", "calendar"],
    "properties": [
      "formatVersion": ["const": 1],
      "jurisdiction": ref("text"),
      "publisher": ref("text"),
      "languages": ["type": "array", "items": ["type": "string", "pattern": "^[a-z]{2}$"], "minItems": 1],
      "defaultLanguage": ["type": "string", "pattern": "^[a-z]{2}$"],
      "procedures": array(ref("procedure")),
      "calendar": closed([
        "timeZone": ["const": "+07:00"],
        "workingDays": ["const": "Monday to Friday"],
        "officeHours": array(["type": "string", "pattern": "^[0-9]{2}:[0-9]{2}-[0-9]{2}:[0-9]{2}$"]),
        "sameDayCutoff": nullable(["type": "string", "pattern": "^[0-9]{2}:[0-9]{2}$"]),
        "years": [
          "type": "object", "propertyNames": ["pattern": "^[0-9]{4}$"],
          "additionalProperties": closed([
            "daysOff": array(closed(["date": ["type": "string", "format": "date"], "reason": ref("text")])),
            "extraWorkingDays": array(["type": "string", "format": "date"]),
          ]),
        ],
      ]),
    ],
    "$defs": [
      "text": [
        "description": "Text by ISO 639-1 language; Vietnamese is always there.",
        "type": "object", "required": ["vi"], "minProperties": 1,
        "propertyNames": ["pattern": "^[a-z]{2}$"], "additionalProperties": ["type": "string", "minLength": 1],
      ],
      "expression": [
        "description": "An expression as written and as a tree; semantics in docs/expressions.md.",
        "type": "object", "additionalProperties": false, "required": ["source", "tree"],
        "properties": ["source": ["type": "string"], "tree": ref("node")],
      ],
      "node": [
        "oneOf": [
          closed(["number": ["type": "number"]]),
          closed(["text": ["type": "string"]]),
          closed(["bool": ["type": "boolean"]]),
          closed(["field": id]),
          closed(["list": array(ref("node"))]),
          closed([
            "op": enumeration(["neg", "not", "+", "-", "*", "/", "==", "!=", "<", "<=", ">", ">=", "and", "or", "in"]),
            "args": ["type": "array", "items": ref("node"), "minItems": 1, "maxItems": 2],
          ]),
          closed(["call": enumeration(["today", "len", "count", "if", "min", "max", "date"]), "args": array(ref("node"))]),
        ]
      ],
      "amount": [
        "oneOf": [closed(["fixed": ["type": "integer"]]), ref("expression")]
      ],
      "duration": closed([
        "value": ["type": "number", "minimum": 0, "multipleOf": .decimal(0.5)],
        "unit": enumeration(["working_days", "days", "hours", "months"]),
        "workingHours": ["type": "number", "minimum": 0],
      ]),
      "target": [
        "oneOf": [closed(["step": id]), closed(["end": id])]
      ],
      "procedure": closed([
        "code": ["type": "string", "pattern": "^[0-9]\\.[0-9]{6}$"],
        "name": ref("text"),
        "description": nullable(ref("text")),
        "sector": closed(["id": id, "name": nullable(ref("text"))]),
        "agency": closed(["id": id, "name": nullable(ref("text"))]),
        "authorityLevel": enumeration(["central", "province", "commune", "other", "district"]),
        "applicants": array(enumeration(["citizen", "business", "organisation"])),
        "onlineLevel": closed([
          "declared": ["type": "integer", "minimum": 1, "maximum": 4],
          "derived": ["type": "integer", "minimum": 1, "maximum": 4],
          "decree42Class": nullable(enumeration(["full", "partial"])),
        ]),
        "channels": array(channel),
        "payment": array(enumeration(["online", "in_person", "post", "bank_transfer"])),
        "legalBasis": array(closed(["id": id, "title": ref("text")])),
        "documents": array(closed([
          "id": id, "name": ref("text"), "kind": enumeration(["original", "certified_copy", "copy"]),
          "copies": ["type": "integer", "minimum": 0], "electronic": ["type": "boolean"],
          "presentOnly": ["type": "boolean"], "required": ["type": "boolean"],
          "requiredWhen": nullable(ref("expression")), "template": nullable(ref("text")),
          "retrievableFrom": nullable(id),
        ])),
        "fees": array(closed([
          "id": id, "name": ref("text"), "kind": enumeration(["phi", "le_phi"]),
          "currency": ["type": "string", "pattern": "^[A-Z]{3}$"],
          "amount": ref("amount"), "onlineAmount": nullable(ref("amount")),
          "onlineUntil": nullable(["type": "string", "format": "date"]), "legalBasis": nullable(id),
        ])),
        "processingTime": [
          "description": "The legal deadline for each channel, with its working hours.",
          "type": "object", "propertyNames": channel, "additionalProperties": ref("duration"),
        ],
        "steps": array(closed([
          "id": id, "name": ref("text"),
          "actor": ["type": "string", "pattern": "^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)?$"],
          "duration": ref("duration"), "waitsForApplicant": ["type": "boolean"],
          "next": nullable(ref("target")), "outcomes": array(closed(["name": id, "target": ref("target")])),
        ])),
        "result": nullable(closed([
          "name": ref("text"), "delivery": array(channel), "electronic": ["type": "boolean"],
          "code": nullable(["type": "string", "pattern": "^KQ\\.G[0-9]{2}\\.[0-9]{6}$"]),
          "successOutcomes": array(id),
        ])),
        "files": closed([
          "form": ["type": "string"], "formSchema": ["type": "string"], "workflow": ["type": "string"],
          "workflowCSV": ["type": "string"], "bpmn": ["type": "string"],
        ]),
      ]),
    ],
  ]
}
