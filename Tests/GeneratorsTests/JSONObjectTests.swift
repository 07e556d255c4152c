import Generators
import Testing

@Suite("JSON objects")
struct JSONObjectTests {
  /// An object of `count` members `k0…`, set in reverse order.
  static func object(count: Int) -> JSONObject {
    var object = JSONObject()
    for index in (0..<count).reversed() { object["k\(index)"] = .integer(Int64(index)) }
    return object
  }

  @Test("setting, replacing and removing behave as a dictionary's, and members stay sorted", arguments: [1, 2, 5, 33, 200])
  func actsAsDictionary(count: Int) {
    var object = Self.object(count: count)
    var dictionary = Dictionary(uniqueKeysWithValues: (0..<count).map { ("k\($0)", JSONValue.integer(Int64($0))) })
    #expect(object.count == count)
    // Replace every third member, remove every fifth, add one new: in both, then compare.
    for index in stride(from: 0, to: count, by: 3) {
      object["k\(index)"] = "replaced"
      dictionary["k\(index)"] = "replaced"
    }
    for index in stride(from: 0, to: count, by: 5) {
      object["k\(index)"] = nil
      dictionary["k\(index)"] = nil
    }
    object["new"] = true
    dictionary["new"] = true
    #expect(object.count == dictionary.count)
    #expect(Set(object.keys) == Set(dictionary.keys))
    for (key, value) in dictionary { #expect(object[key] == value, "\(key)") }
    for index in 0..<count { #expect(object["k\(index)"] == dictionary["k\(index)"], "k\(index)") }
    #expect(object["absent"] == nil)
    #expect(object.keys == dictionary.keys.sorted())
  }

  @Test("a repeated key in a literal keeps the last value; keepingFirst keeps the first")
  func repeatedKeys() {
    let literal: JSONObject = ["a": 1, "b": 2, "a": 3]
    #expect(literal.count == 2 && literal["a"] == 3)
    let first = JSONObject(keepingFirst: [("vi", JSONValue.string("một")), ("en", "one"), ("vi", "hai")])
    #expect(first.count == 2 && first["vi"] == "một")
  }

  @Test("equality ignores the order members were set in, not their values")
  func equality() {
    let forward: JSONObject = ["a": 1, "b": ["c": true]]
    let backward: JSONObject = ["b": ["c": true], "a": 1]
    #expect(forward == backward)
    #expect(forward != ["a": 1, "b": ["c": false]])
    #expect(forward != ["a": 1])
    #expect(Self.object(count: 40) == Self.object(count: 40))
  }

  @Test("written sorted by key whatever order they were set in")
  func writtenSorted() {
    let written = JSONValue.object(Self.object(count: 40)).text
    let keys = written.split(separator: "\n").dropFirst().dropLast().map { String($0.split(separator: "\"")[1]) }
    #expect(keys == (0..<40).map { "k\($0)" }.sorted())
  }
}
