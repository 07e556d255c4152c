/// JSON written member by member in Foundation's pretty layout (`JSONEncoder` and
/// `JSONSerialization` with `.prettyPrinted`): two-space indents, `"key" : value`, members
/// and items each on a line of their own, an empty container as an empty line between its
/// brackets. Members go in the order they are written; callers write them sorted.
struct PrettyJSON {
  private(set) var text = ""
  private var depth: Int
  /// For each open container, whether nothing is in it yet.
  private var empty: [Bool] = []
  /// Whether a key was just written, so the value follows on its line.
  private var afterKey = false

  /// A writer for values nested `depth` containers deep (their lines are indented so).
  init(depth: Int = 0) {
    self.depth = depth
  }

  mutating func key(_ name: String) {
    startLine()
    Self.appendQuoted(name, to: &text)
    text += " : "
    afterKey = true
  }

  mutating func string(_ value: String) {
    startValue()
    Self.appendQuoted(value, to: &text)
  }

  mutating func number(_ value: Int) {
    startValue()
    text += String(value)
  }

  /// A member whose value is a string: `key(name)` then `string(value)`.
  mutating func member(_ name: String, _ value: String) {
    key(name)
    string(value)
  }

  /// A member whose value is a number.
  mutating func member(_ name: String, _ value: Int) {
    key(name)
    number(value)
  }

  mutating func null() {
    startValue()
    text += "null"
  }

  mutating func openObject() { open("{") }
  mutating func closeObject() { close("}") }
  mutating func openArray() { open("[") }
  mutating func closeArray() { close("]") }

  /// Starts the next item of an array written by several writers, each a part of its items
  /// (made with `depth` one more than the array's writer, no container open): a comma first
  /// unless it is the array's first item.
  mutating func startItem(first: Bool) {
    precondition(empty.isEmpty, "items are started outside any container")
    text += (first ? "" : ",\n") + Self.indentation(depth: depth)
  }

  /// Items written by such writers, put into the open array as they are.
  mutating func items(written fragment: String) {
    guard !fragment.isEmpty else { return }
    empty[empty.count - 1] = false
    text += fragment
  }

  /// The indentation of a line `depth` containers deep.
  static func indentation(depth: Int) -> String { String(repeating: "  ", count: depth) }

  private mutating func startValue() {
    if afterKey {
      afterKey = false
    } else if !empty.isEmpty {
      startLine()
    }
  }

  /// A new member or item: after a comma unless it is its container's first, on a new line.
  private mutating func startLine() {
    if empty[empty.count - 1] {
      empty[empty.count - 1] = false
    } else {
      text += ",\n"
    }
    text += Self.indentation(depth: depth)
  }

  private mutating func open(_ bracket: String) {
    startValue()
    text += bracket + "\n"
    depth += 1
    empty.append(true)
  }

  private mutating func close(_ bracket: String) {
    empty.removeLast()
    depth -= 1
    text += "\n" + Self.indentation(depth: depth) + bracket
  }

  /// A JSON string as `JSONEncoder` writes it: `"` and `\` escaped, the control characters
  /// as `\b`, `\f`, `\n`, `\r`, `\t` or `\u00xx`, everything else (slashes, non-ASCII) as is.
  static func appendQuoted(_ text: String, to out: inout String) {
    out += "\""
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C }) {
      out += text
    } else {
      let hex: [Character] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f"]
      for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\u{08}": out += "\\b"
        case "\u{0C}": out += "\\f"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "\u{00}"..."\u{1F}":
          out += "\\u00"
          out.append(hex[Int(scalar.value / 16)])
          out.append(hex[Int(scalar.value % 16)])
        default: out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}
