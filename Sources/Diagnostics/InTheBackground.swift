import Dispatch

/// A value made on another thread while the caller goes on; reading `value` waits for it.
public final class InTheBackground<Value: Sendable>: @unchecked Sendable {
  private var made: Value?
  private let done = DispatchGroup()

  public init(_ make: @escaping @Sendable () -> Value) {
    DispatchQueue.global().async(group: done) { self.made = make() }
  }

  public var value: Value {
    done.wait()
    return made!
  }
}
