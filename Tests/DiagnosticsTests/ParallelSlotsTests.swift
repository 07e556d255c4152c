import Diagnostics
import Dispatch
import Synchronization
import Testing

@Suite("Parallel slots")
struct ParallelSlotsTests {
  /// Counts how many of its instances are alive, to see that slots release what they hold.
  final class Tracked: Sendable {
    static let alive = Atomic<Int>(0)
    let value: Int
    init(_ value: Int) {
      self.value = value
      Self.alive.add(1, ordering: .relaxed)
    }
    deinit { Self.alive.subtract(1, ordering: .relaxed) }
  }

  @Test("values stored by workers come back in slot order, empty slots as nil, each released once")
  func storeAndTake() {
    let before = Tracked.alive.load(ordering: .relaxed)
    do {
      let slots = ParallelSlots<Tracked>(count: 1_000)
      DispatchQueue.concurrentPerform(iterations: 1_000) { index in
        if index % 3 != 0 { slots.store(Tracked(index), at: index) }
      }
      slots.store(Tracked(-2), at: 2)  // a second store replaces (and releases) the first
      #expect(Tracked.alive.load(ordering: .relaxed) - before == 666)
      #expect(slots.take(at: 0) == nil)
      #expect(slots.take(at: 1)?.value == 1)
      #expect(slots.take(at: 1) == nil)  // taken: the slot is empty
      #expect(slots.slotValues.prefix(5).map { $0?.value } == [nil, nil, -2, nil, 4])
      let rest = slots.takeResults().map(\.value)
      #expect(rest == (2..<1_000).filter { $0 % 3 != 0 }.map { $0 == 2 ? -2 : $0 })
      #expect(slots.takeResults().isEmpty)
      slots.store(Tracked(7), at: 7)  // left in its slot for the slots' own release
    }
    #expect(Tracked.alive.load(ordering: .relaxed) == before)
  }
}
