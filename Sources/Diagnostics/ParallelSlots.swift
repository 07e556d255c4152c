/// One slot per task, each written by exactly one worker, read after all have finished.
///
/// A slot's memory is first written by the worker that stores into it, not by `init`: a
/// national tree's 125,000 file checks take tens of megabytes of slots, and touching them
/// all before the work starts would be done on one core while the others wait.
public final class ParallelSlots<Value>: @unchecked Sendable {
  private let values: UnsafeMutablePointer<Value>
  /// Whether each slot holds a value (distinct bytes, so workers never share one).
  private let filled: UnsafeMutableBufferPointer<Bool>

  public init(count: Int) {
    values = .allocate(capacity: max(count, 1))
    filled = .allocate(capacity: count)
    filled.initialize(repeating: false)
  }

  deinit {
    for index in filled.indices where filled[index] { (values + index).deinitialize(count: 1) }
    values.deallocate()
    filled.deallocate()
  }

  public func store(_ value: Value, at index: Int) {
    precondition(index >= 0 && index < filled.count, "slot \(index) of \(filled.count)")
    if filled[index] {
      values[index] = value
    } else {
      (values + index).initialize(to: value)
      filled[index] = true
    }
  }

  /// The value stored at `index`, moved out (the slot is empty afterwards); nil when none is.
  public func take(at index: Int) -> Value? {
    guard filled[index] else { return nil }
    filled[index] = false
    return (values + index).move()
  }

  /// The values stored, in slot order, moved out: the slots are empty afterwards. Moving
  /// rather than copying matters for large values (a national tree's 125,000 file checks
  /// would each be retained by the copy and released again with the slots).
  public func takeResults() -> [Value] {
    var results: [Value] = []
    results.reserveCapacity(filled.count)
    for index in filled.indices {
      if let value = take(at: index) { results.append(value) }
    }
    return results
  }

  /// Every slot, empty ones as nil.
  public var slotValues: [Value?] { filled.indices.map { filled[$0] ? values[$0] : nil } }
}
