extension String {
  /// Whether any of the text's UTF-8 bytes satisfies `predicate`, scanned over its
  /// contiguous storage: the escapers' fast paths ask this of every author text, and
  /// walking `utf8` costs an index step per byte where this is a plain loop.
  @inline(__always)
  func containsUTF8Byte(where predicate: (UInt8) -> Bool) -> Bool {
    var text = self
    return text.withUTF8 { bytes in
      for byte in bytes where predicate(byte) { return true }
      return false
    }
  }
}
