/// One slot per task, each written by exactly one worker, read after all have finished.
public final class ParallelSlots<Value>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<Value?>

  public init(count: Int) {
    slots = .allocate(capacity: max(count, 1))
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  public func store(_ value: Value, at index: Int) {
    slots[index] = value
  }

  public var results: [Value] { slots.compactMap { $0 } }

  /// Every slot, empty ones as nil.
  public var slotValues: [Value?] { Array(slots) }
}
