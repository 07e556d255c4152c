/// The members of a JSON object, each key once, kept sorted by key: the order they are
/// written in, whatever order they were set in.
///
/// A sorted list, not a dictionary: the objects a build writes have a handful to a few
/// dozen members, set once each, and a binary search among them costs less than hashing
/// every key (a catalog entry sets about 150); the writer then walks the list as it is,
/// with no sorting and no copy.
public struct JSONObject: Sendable, Equatable, ExpressibleByDictionaryLiteral {
  public private(set) var members: [(key: String, value: JSONValue)] = []

  public init() {}

  /// Later values of a repeated key replace earlier ones, as in a dictionary literal.
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    members.reserveCapacity(elements.count)
    for (key, value) in elements { self[key] = value }
  }

  /// The members of `pairs`; the first value of a repeated key is kept.
  public init(keepingFirst pairs: some Sequence<(String, JSONValue)>) {
    for (key, value) in pairs {
      let (index, found) = search(key)
      if !found { members.insert((key, value), at: index) }
    }
  }

  public var isEmpty: Bool { members.isEmpty }
  public var count: Int { members.count }
  /// The keys, sorted.
  public var keys: [String] { members.map(\.key) }

  /// Where `key` is, or where it would go to keep the members sorted.
  private func search(_ key: String) -> (index: Int, found: Bool) {
    // Members are usually set in no particular order but often appended in order: try the end first.
    if let last = members.last {
      if last.key < key { return (members.count, false) }
      if last.key == key { return (members.count - 1, true) }
    }
    var low = 0
    var high = members.count
    while low < high {
      let middle = (low + high) / 2
      if members[middle].key < key { low = middle + 1 } else { high = middle }
    }
    return (low, low < members.count && members[low].key == key)
  }

  /// The value of `key`; setting nil removes the member.
  public subscript(key: String) -> JSONValue? {
    get {
      let (index, found) = search(key)
      return found ? members[index].value : nil
    }
    set {
      let (index, found) = search(key)
      switch (found, newValue) {
      case (true, let value?): members[index].value = value
      case (true, nil): members.remove(at: index)
      case (false, let value?): members.insert((key, value), at: index)
      case (false, nil): break
      }
    }
  }

  /// Equal when both have the same keys with equal values.
  public static func == (left: JSONObject, right: JSONObject) -> Bool {
    left.members.count == right.members.count
      && zip(left.members, right.members).allSatisfy { $0.key == $1.key && $0.value == $1.value }
  }
}
