@testable import Generators
import Testing

@Suite("JSON stream")
struct JSONStreamTests {
  /// Writes `value` through a stream, member by member, as a generator would.
  static func stream(_ value: JSONValue, into out: inout JSONStream) {
    switch value {
    case .object(let object):
      out.beginObject()
      for member in object.members {
        out.key(member.key)
        stream(member.value, into: &out)
      }
      out.endObject()
    case .array(let items):
      out.beginArray()
      for item in items {
        out.item()
        stream(item, into: &out)
      }
      out.endArray()
    case .string(let text): out.string(text)
    case .integer(let value): out.integer(value)
    case .bool(let value): out.bool(value)
    case .null: out.null()
    case .decimal, .raw: out.value(value)
    }
  }

  /// Trees of every shape up to a few levels deep, the same on every run.
  static func trees() -> [JSONValue] {
    var state: UInt64 = 42
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    func tree(depth: Int) -> JSONValue {
      switch depth == 0 ? next(5) : next(7) {
      case 0: return .string(["", "Giấy khai sinh", "quote \" and \\ and \n", "</script>"][next(4)])
      case 1: return .integer(Int64(next(2_000_001) - 1_000_000))
      case 2: return .bool(next(2) == 0)
      case 3: return .null
      case 4: return .number([0.5, 12.25, -3.75, 8, 1e20][next(5)])
      case 5:
        var object = JSONObject()
        for _ in 0..<next(5) { object["k\(next(30))"] = tree(depth: depth - 1) }
        return .object(object)
      default: return .array((0..<next(5)).map { _ in tree(depth: depth - 1) })
      }
    }
    return (0..<400).map { _ in tree(depth: 4) }
  }

  @Test("streamed JSON is byte for byte what JSONValue writes, at any indentation", arguments: [0, 2, 5])
  func sameAsTree(level: Int) {
    for value in Self.trees() {
      var out = JSONStream(level: level, capacity: 64)
      Self.stream(value, into: &out)
      let expected = value.rendered(indent: level)
      if out.bytes != expected {
        Issue.record("stream \(String(decoding: out.bytes, as: UTF8.self)) tree \(String(decoding: expected, as: UTF8.self))")
        return
      }
    }
  }

  @Test("numbers as JSONValue.number writes them", arguments: [0.0, 1, -2, 0.5, 2.5, 1e15, 1e16, -0.25])
  func numbers(value: Double) {
    var out = JSONStream(level: 0, capacity: 8)
    out.number(value)
    #expect(out.bytes == JSONValue.number(value).rendered(indent: 0))
  }

  #if DEBUG
    @Test("keys out of order stop a debug build")
    func keysOutOfOrder() async {
      await #expect(processExitsWith: .failure) {
        var out = JSONStream(level: 0, capacity: 8)
        out.beginObject()
        out.member("name", "b")
        out.member("id", "a")
      }
    }
  #endif
}
