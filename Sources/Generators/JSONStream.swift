/// Writes JSON straight into bytes in exactly `JSONValue`'s layout (two-space indent, one
/// member or item per line, `{}` and `[]` when empty), for a document whose shape the caller
/// knows, without building a tree first.
///
/// `JSONValue` sorts each object's keys; here the caller writes them in that order, and a
/// debug build checks it (every test build does). Values the caller has as `JSONValue`
/// are written with `value(_:)`.
struct JSONStream {
  private(set) var bytes: [UInt8] = []
  /// The indentation of the value written (its first line is not indented).
  private let baseLevel: Int
  /// For each open object or array: whether it has a member or item yet.
  private var started: [Bool] = []
  /// For each open object, its last key (for the order check of debug builds).
  private var lastKeys: [String] = []

  /// Starts a value that will be placed at `level` levels of indentation (its first line
  /// not indented), as `JSONValue.rendered(indent:)`.
  init(level: Int, capacity: Int) {
    bytes.reserveCapacity(capacity)
    baseLevel = level
  }

  /// The indentation of the members or items of the innermost open object or array.
  private var level: Int { baseLevel + started.count }

  private mutating func newLine(_ level: Int) {
    bytes.append(0x0A)
    for _ in 0..<2 * level { bytes.append(0x20) }
  }

  /// Before a member or item: the separator after the one before, and the new line.
  private mutating func next() {
    if started[started.count - 1] { bytes.append(0x2C) } else { started[started.count - 1] = true }
    newLine(level)
  }

  mutating func beginObject() {
    bytes.append(0x7B)
    started.append(false)
    lastKeys.append("")
  }

  mutating func endObject() {
    lastKeys.removeLast()
    close(0x7D)
  }

  mutating func beginArray() {
    bytes.append(0x5B)
    started.append(false)
  }

  mutating func endArray() { close(0x5D) }

  private mutating func close(_ bracket: UInt8) {
    let hadContent = started.removeLast()
    if hadContent { newLine(level) }
    bytes.append(bracket)
  }

  /// The next member's key, which must sort after the one before (`JSONValue`'s order).
  mutating func key(_ key: String) {
    assert(!started[started.count - 1] || lastKeys[lastKeys.count - 1] < key, "keys out of order: \(lastKeys[lastKeys.count - 1]) before \(key)")
    lastKeys[lastKeys.count - 1] = key
    next()
    JSONValue.writeString(key, into: &bytes)
    bytes.append(0x3A)
    bytes.append(0x20)
  }

  /// Before each item of an array.
  mutating func item() { next() }

  mutating func string(_ text: String) { JSONValue.writeString(text, into: &bytes) }
  mutating func integer(_ value: Int64) { Int(value).append(to: &bytes) }
  /// A number as `JSONValue.number(_:)` writes it: an integer when whole.
  mutating func number(_ value: Double) {
    switch JSONValue.number(value) {
    case .integer(let whole): integer(whole)
    default: bytes.append(contentsOf: (value.isFinite ? "\(value)" : "null").utf8)
    }
  }
  mutating func bool(_ value: Bool) { value ? bytes.append(contentsOf: "true".utf8) : bytes.append(contentsOf: "false".utf8) }
  mutating func null() { bytes.append(contentsOf: "null".utf8) }

  /// A value already made as a tree, written where the stream is.
  mutating func value(_ value: JSONValue) { bytes.append(contentsOf: value.rendered(indent: level)) }

  /// `key: "text"`; nil writes `null`.
  mutating func member(_ key: String, _ text: String?) {
    self.key(key)
    if let text { string(text) } else { null() }
  }

  mutating func member(_ key: String, integer: Int64) {
    self.key(key)
    self.integer(integer)
  }

  mutating func member(_ key: String, bool: Bool) {
    self.key(key)
    self.bool(bool)
  }

  /// `key: [ "a", "b" ]` of strings.
  mutating func member(_ key: String, strings: [String]) {
    member(key, each: strings) { $0.string($1) }
  }

  /// `key: [ … ]`, each element written by `write`.
  mutating func member<Element>(_ key: String, each elements: [Element], _ write: (inout JSONStream, Element) -> Void) {
    self.key(key)
    beginArray()
    for element in elements {
      item()
      write(&self, element)
    }
    endArray()
  }
}
