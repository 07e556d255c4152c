import Diagnostics
import Model
import YAMLReader

extension SchemaReader {
  /// Decodes each item of a list with `decodeItem`, then reports ids used twice (R005).
  mutating func entities<T>(
    _ node: NodeID, key: String, example: @autoclosure () -> String, allowEmpty: Bool = true,
    id: (T) -> Located<String>?,
    decodeItem: (inout SchemaReader, NodeID) -> T?
  ) -> [T] {
    guard let items = list(node, key: key, example: example()) else { return [] }
    if items.isEmpty && !allowEmpty { reportEmpty(at: span(node), key: key) }
    var decoded: [T] = []
    for item in items {
      if let value = decodeItem(&self, item) {
        decoded.append(value)
      } else if let id = writtenID(item) {
        incompleteIDs[key, default: []].insert(id)
      }
    }
    reportDuplicateIDs(decoded.compactMap(id), in: key)
    return decoded
  }

  /// The `id` (or `value`) an entry was written with, when it is a plain scalar.
  private func writtenID(_ item: NodeID) -> String? {
    guard document.kind(item) == .mapping else { return nil }
    for entry in document.entries(item) where document.text(entry.key) == "id" || document.text(entry.key) == "value" {
      if document.kind(entry.value) == .scalar { return document.text(entry.value) }
    }
    return nil
  }

  /// Reports every id after the first that repeats one before it, with a note at the first.
  mutating func reportDuplicateIDs(_ ids: [Located<String>], in key: String) {
    // Lists are short (a few dozen entries at most): comparing with the entries before is
    // cheaper than hashing every id.
    for (position, id) in ids.enumerated() {
      if let firstSpan = ids[..<position].first(where: { $0.value == id.value })?.span {
        bag.report(
          .R005, at: id.span,
          LocalizedText(vi: "mã \(quoted(id.value)) đã được dùng trong \(quoted(key))",
                        en: "id \(quoted(id.value)) is already used in \(quoted(key))"),
          help: LocalizedText(vi: "đặt một mã khác, vì mã được dùng để tham chiếu", en: "choose another id: ids are how other parts refer to an entry"),
          notes: [bag.note(at: firstSpan, LocalizedText(vi: "dùng lần đầu ở đây", en: "first used here"))])
      }
    }
  }
}
