import Diagnostics
import YAMLReader

/// Walks one document under the direction of the format's schema, reporting every mistake
/// into its bag and carrying on, so one run finds them all.
///
/// Recursion here follows the schema, which is a few levels deep, never the file's own
/// nesting (the reader has bounded that anyway).
struct SchemaReader {
  let document: YAMLDocument
  var bag: DiagnosticBag
  /// Ids of list entries that could not be decoded, by list key.
  var incompleteIDs: [String: Set<String>] = [:]

  init(document: YAMLDocument) {
    self.document = document
    self.bag = DiagnosticBag(file: document.source)
  }

  var file: SourceFile { document.source }

  func span(_ node: NodeID) -> Span { document.span(node) }

  // MARK: Kinds

  private func kindName(_ node: NodeID) -> NodeKindWords.KindName {
    switch document.kind(node) {
    case .scalar: .scalar
    case .sequence: .list
    case .mapping: .mapping
    }
  }

  /// Reports S003 unless `node` has the expected kind.
  /// `example` is only built when a problem is reported.
  mutating func expect(
    _ expected: NodeKindWords.KindName, _ node: NodeID, key: String? = nil, example: @autoclosure () -> String? = nil
  ) -> Bool {
    let actual = kindName(node)
    if actual == expected { return true }
    let subject = key.map { LocalizedText(vi: "giá trị của \(quoted($0))", en: "the value of \(quoted($0))") }
      ?? LocalizedText(vi: "giá trị này", en: "this value")
    var help: LocalizedText?
    if let example = example() { help = LocalizedText(vi: "viết ví dụ: \(example)", en: "write it like: \(example)") }
    bag.report(
      .S003, at: span(node),
      subject + LocalizedText(vi: " phải là ", en: " must be ") + NodeKindWords.describe(expected)
        + LocalizedText(vi: ", không phải ", en: ", not ") + NodeKindWords.describe(actual),
      help: help)
    return false
  }

  /// The scalar text of `node`, or nil (reported) when it is a list or mapping.
  mutating func scalar(_ node: NodeID, key: String? = nil, example: @autoclosure () -> String? = nil) -> String? {
    expect(.scalar, node, key: key, example: example()) ? document.text(node) : nil
  }

  /// A mapping reader for `node`, or nil (reported) when it is not a mapping.
  mutating func mapping(_ node: NodeID, _ place: Place, key: String? = nil, keys: [String]) -> MappingReader? {
    guard expect(.mapping, node, key: key) else { return nil }
    return MappingReader(document: document, node: node, place: place, keys: keys)
  }

  /// The items of a list, or nil (reported) when it is not a list.
  mutating func list(_ node: NodeID, key: String, example: @autoclosure () -> String? = nil) -> NodeList? {
    expect(.list, node, key: key, example: example()) ? document.items(node) : nil
  }

  /// Whether a mapping entry is the tail of a value cut by a comma in flow style:
  /// `{vi: Kiểm tra, xác minh, en: …}` reads "xác minh" as a key with no value.
  func isCommaSplit(key: NodeID, value: NodeID, in mapping: NodeID) -> Bool {
    let node = document[value]
    return document[mapping].isFlow && node.kind == .scalar && node.style == .plain && document.isEmptyText(value)
      && document[key].style == .plain
  }

  /// Reports the tail of a value cut by a comma (see `isCommaSplit`).
  mutating func reportCommaSplit(key: NodeID) {
    let text = document.text(key)
    bag.report(
      .S001, at: span(key),
      LocalizedText(
        vi: "dấu phẩy trước \(quoted(text)) đã cắt đôi giá trị", en: "the comma before \(quoted(text)) cut the value in two"),
      help: LocalizedText(
        vi: "trong {…} dấu phẩy ngăn cách các mục; đặt giá trị có dấu phẩy trong ngoặc kép: \"…, \(text)\"",
        en: "inside {…} a comma separates entries; put a value that has a comma in double quotes: \"…, \(text)\""))
  }

  /// Reports keys of `reader` that were never taken, with "did you mean" and the keys that fit.
  /// Keys in `otherTypeKeys` are reported as belonging to another field type instead.
  mutating func finish(_ reader: MappingReader, wrongTypeHelp: ((String) -> LocalizedText?)? = nil) {
    for entry in reader.untaken {
      let keyText = document.text(entry.key)
      if isCommaSplit(key: entry.key, value: entry.value, in: reader.node) {
        reportCommaSplit(key: entry.key)
        continue
      }
      if let wrongTypeHelp, let help = wrongTypeHelp(keyText) {
        bag.report(
          .S012, at: span(entry.key),
          LocalizedText(
            vi: "khóa \(quoted(keyText)) không dùng cho kiểu trường này",
            en: "key \(quoted(keyText)) does not belong to this field's type"),
          help: help)
        continue
      }
      let suggestion = Suggestions.closest(to: keyText, in: reader.keys.filter { $0 != keyText })
      var help = LocalizedText(
        vi: "các khóa của \(reader.place.noun.vi): \(listed(reader.keys))",
        en: "keys of a \(reader.place.noun.en): \(listed(reader.keys))")
      if let suggestion {
        help = LocalizedText(
          vi: "có phải ý bạn là \(quoted(suggestion))? ", en: "did you mean \(quoted(suggestion))? ") + help
      }
      bag.report(
        .S001, at: span(entry.key),
        LocalizedText(
          vi: "khóa \(quoted(keyText)) không có trong \(reader.place.noun.vi)",
          en: "unknown key \(quoted(keyText)) in a \(reader.place.noun.en)"),
        help: help)
    }
  }

  /// Reports a required key that is missing from `reader`'s mapping.
  mutating func missing(_ key: String, in reader: MappingReader, example: String) {
    let mappingSpan = span(reader.node)
    bag.report(
      .S002, at: Span(at: mappingSpan.start),
      LocalizedText(
        vi: "\(reader.place.noun.vi) thiếu khóa bắt buộc \(quoted(key))",
        en: "this \(reader.place.noun.en) is missing the required key \(quoted(key))"),
      help: LocalizedText(vi: "thêm dòng: \(example)", en: "add a line: \(example)"))
  }

  /// Takes a required key, reporting it when missing.
  mutating func required(_ key: String, from reader: inout MappingReader, example: String) -> NodeID? {
    if let value = reader.take(key) { return value }
    missing(key, in: reader, example: example)
    return nil
  }
}

/// The entries of one mapping, taken by key as the decoder reads them; what is left at the
/// end is unknown.
///
/// Keys are never made into strings: each entry's key has a signature (its length and first
/// seven bytes, `YAMLDocument.textSignature`), so finding a key of up to seven bytes is one
/// integer comparison per entry, and a longer one compares bytes only where the signatures
/// agree.
struct MappingReader {
  let node: NodeID
  let place: Place
  /// The keys this mapping may have, for "did you mean" and for help.
  var keys: [String]
  private let document: YAMLDocument
  private var entries: [(key: NodeID, value: NodeID, signature: UInt64, taken: Bool)]

  init(document: YAMLDocument, node: NodeID, place: Place, keys: [String]) {
    self.node = node
    self.place = place
    self.keys = keys
    self.document = document
    self.entries = document.entries(node).map { entry in
      (entry.key, entry.value, document.textSignature(entry.key), false)
    }
  }

  /// Whether entry `index` has the key whose signature is `signature`.
  @inline(__always)
  private func entry(_ index: Int, is key: String, signature: UInt64, signatureIsWhole: Bool) -> Bool {
    entries[index].signature == signature && (signatureIsWhole || document.text(entries[index].key, equals: key))
  }

  /// The signature of a key the decoder looks for, and whether it tells the whole key.
  private static func signature(of key: String) -> (signature: UInt64, isWhole: Bool) {
    (YAMLDocument.textSignature(of: key), key.utf8.count <= 7)
  }

  /// The value of `key`, marking it read. A repeated key (already reported by the reader)
  /// is marked read too; the first one is the value.
  mutating func take(_ key: String) -> NodeID? {
    let (signature, isWhole) = Self.signature(of: key)
    var value: NodeID?
    for index in entries.indices where entry(index, is: key, signature: signature, signatureIsWhole: isWhole) {
      entries[index].taken = true
      if value == nil { value = entries[index].value }
    }
    return value
  }

  /// The key node of `key`, if present.
  func keyNode(_ key: String) -> NodeID? {
    let (signature, isWhole) = Self.signature(of: key)
    return entries.indices.first { entry($0, is: key, signature: signature, signatureIsWhole: isWhole) }.map { entries[$0].key }
  }

  func has(_ key: String) -> Bool { keyNode(key) != nil }

  /// Every entry, in file order, marking them read (for id → value mappings).
  mutating func takeAll() -> [(key: NodeID, value: NodeID)] {
    for index in entries.indices { entries[index].taken = true }
    return entries.map { ($0.key, $0.value) }
  }

  var untaken: [(key: NodeID, value: NodeID)] {
    entries.filter { !$0.taken }.map { ($0.key, $0.value) }
  }
}
