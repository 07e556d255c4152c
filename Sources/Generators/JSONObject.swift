/// The members of a JSON object, each key once, in the order they were first set; the
/// writer sorts them by key, so the order set never shows in the output.
///
/// A list, not a dictionary: the objects a build writes have a handful to a few dozen
/// members, set once each, and looking a key up among the few set before costs less than
/// hashing every key (a catalog entry sets about 150). An object that grows past
/// `indexedFrom` members gets a dictionary of positions, so setting stays linear overall.
public struct JSONObject: Sendable, Equatable, ExpressibleByDictionaryLiteral {
  public private(set) var members: [(key: String, value: JSONValue)] = []
  /// Positions of keys in `members`, kept once there are `indexedFrom` members.
  private var positions: [String: Int]?

  static let indexedFrom = 32

  public init() {}

  /// Later values of a repeated key replace earlier ones, as in a dictionary literal.
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    members.reserveCapacity(elements.count)
    for (key, value) in elements { self[key] = value }
  }

  /// The members of `pairs`; the first value of a repeated key is kept.
  public init(keepingFirst pairs: some Sequence<(String, JSONValue)>) {
    for (key, value) in pairs where position(of: key) == nil { self[key] = value }
  }

  public var isEmpty: Bool { members.isEmpty }
  public var count: Int { members.count }
  public var keys: [String] { members.map(\.key) }

  private func position(of key: String) -> Int? {
    if let positions { return positions[key] }
    return members.firstIndex { $0.key == key }
  }

  /// The value of `key`; setting nil removes the member.
  public subscript(key: String) -> JSONValue? {
    get { position(of: key).map { members[$0].value } }
    set {
      if let index = position(of: key) {
        if let newValue {
          members[index].value = newValue
        } else {
          members.remove(at: index)
          if positions != nil { reindex() }
        }
      } else if let newValue {
        members.append((key, newValue))
        if positions != nil {
          positions![key] = members.count - 1
        } else if members.count >= Self.indexedFrom {
          reindex()
        }
      }
    }
  }

  private mutating func reindex() {
    positions = members.count >= Self.indexedFrom
      ? Dictionary(uniqueKeysWithValues: members.enumerated().map { ($0.element.key, $0.offset) })
      : nil
  }

  /// Members sorted by key, the order they are written in.
  var sortedMembers: [(key: String, value: JSONValue)] {
    members.sorted { $0.key < $1.key }
  }

  /// Equal when both have the same keys with equal values, whatever order they were set in.
  public static func == (left: JSONObject, right: JSONObject) -> Bool {
    left.count == right.count && left.members.allSatisfy { member in right[member.key] == member.value }
  }
}
