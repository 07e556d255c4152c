import Diagnostics

/// A value with the place it was written, so any check can point at it.
public struct Located<Value: Sendable>: Sendable {
  public var value: Value
  public var span: Span

  public init(_ value: Value, at span: Span) {
    self.value = value
    self.span = span
  }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
