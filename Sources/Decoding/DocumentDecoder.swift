import Diagnostics
import Model
import YAMLReader

extension SchemaReader {
  static let documentKeys = [
    "id", "name", "kind", "copies", "electronic", "present_only", "required", "required_when", "template",
    "retrievable_from",
  ]

  /// One dossier paper.
  mutating func document(_ node: NodeID) -> Document? {
    guard var map = mapping(node, .document, keys: Self.documentKeys) else { return nil }
    let id = required("id", from: &map, example: "id: giay_chung_sinh").flatMap { identifier($0, key: "id") }
    let name = required("name", from: &map, example: "name: Giấy chứng sinh").flatMap { text($0, key: "name") }
    let kind = map.take("kind").flatMap { choice($0, key: "kind", as: DocumentKind.self) }
    let copies = map.take("copies").flatMap { integer($0, key: "copies", range: 0...100) }
    let electronic = map.take("electronic").flatMap { boolean($0, key: "electronic") }
    let presentOnly = map.take("present_only").flatMap { boolean($0, key: "present_only") }
    let isRequired = map.take("required").flatMap { boolean($0, key: "required") }
    let requiredWhen = map.take("required_when").flatMap { expression($0, key: "required_when") }
    let template = map.take("template").flatMap { text($0, key: "template") }
    let retrievable = map.take("retrievable_from").flatMap { identifier($0, key: "retrievable_from") }
    finish(map)
    guard let id, let name else { return nil }
    var document = Document(id: id, name: name)
    document.kind = kind?.value ?? .original
    document.copies = copies?.value ?? 1
    document.electronic = electronic ?? false
    document.presentOnly = presentOnly ?? false
    document.required = isRequired ?? true
    document.requiredWhen = requiredWhen
    document.template = template
    document.retrievableFrom = retrievable
    return document
  }
}
