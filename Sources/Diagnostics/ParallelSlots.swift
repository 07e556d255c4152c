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

  /// The value stored at `index`, moved out (the slot is empty afterwards); nil when none is.
  public func take(at index: Int) -> Value? {
    slots[index].take()
  }

  /// The values stored, in slot order, moved out: the slots are empty afterwards. Moving
  /// rather than copying matters for large values (a national tree's 125,000 file checks
  /// would each be retained by the copy and released again with the slots).
  public func takeResults() -> [Value] {
    var values: [Value] = []
    values.reserveCapacity(slots.count)
    for index in slots.indices {
      if let value = slots[index].take() { values.append(value) }
    }
    return values
  }

  /// Every slot, empty ones as nil.
  public var slotValues: [Value?] { Array(slots) }
}
