import Testing
import TestSupport

@testable import Compiler

/// The catalog's entries go in by code. Entries taken over from the current catalog are
/// ordered by where they are in it and the new ones merged in; the result must be the code
/// order whatever the mix, and the code order still when the catalog's is not.
@Suite("Catalog entry order")
struct CatalogOrderTests {
  typealias Entry = IncrementalBuild.CatalogEntry

  static func code(_ number: Int) -> String { "1." + String(100_000 + number).dropFirst() }

  /// `count` distinct codes at random, half of them carried (at offsets in code order) and
  /// the rest made anew, in a random order each.
  static func mix(count: Int, seed: UInt64) -> (carried: [Entry], made: [Entry]) {
    var random = SeededRandom(seed: seed)
    let numbers = Array(Set((0..<count).map { _ in Int.random(in: 0..<99_999, using: &random) })).sorted()
    var carried: [Entry] = []
    var made: [Entry] = []
    var offset = 0
    for number in numbers {
      if Bool.random(using: &random) {
        carried.append(Entry(code: code(number), piece: .copy(offset..<(offset + 10)), owner: .generated(path: "c\(number)")))
        offset += 10
      } else {
        made.append(Entry(code: code(number), piece: .entry(0..<1), owner: .generated(path: "m\(number)")))
      }
    }
    return (carried.shuffled(using: &random), made.shuffled(using: &random))
  }

  static func codes(_ entries: [Entry]) -> [String] { entries.map(\.code) }

  @Test("carried and new entries come out in code order", arguments: [0, 1, 2, 50, 3_000])
  func merged(count: Int) {
    let (carried, made) = Self.mix(count: count, seed: UInt64(count) + 1)
    let ordered = Entry.inCodeOrder(carried: carried, made: made)
    #expect(Self.codes(ordered) == Self.codes(carried + made).sorted())
    #expect(Set(ordered.map { "\($0.owner)" }).count == carried.count + made.count)
  }

  @Test("a catalog whose order is not the codes' is sorted by code")
  func catalogOutOfOrder() {
    var (carried, made) = Self.mix(count: 200, seed: 9)
    // Swap two carried entries' places in the catalog.
    let first = carried.indices.min { carried[$0].code < carried[$1].code }!
    let last = carried.indices.max { carried[$0].code < carried[$1].code }!
    (carried[first].piece, carried[last].piece) = (carried[last].piece, carried[first].piece)
    made.removeAll()
    #expect(Self.codes(Entry.inCodeOrder(carried: carried, made: made)) == Self.codes(carried).sorted())
  }
}
