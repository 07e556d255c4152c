/// Well-formed UTF-8 (Unicode Table 3-7: no overlong forms, no surrogates, nothing above
/// U+10FFFF), checked over contiguous bytes.
public enum UTF8Validation {
  /// The length of the well-formed UTF-8 sequence at `index`, or 0 when it is ill-formed
  /// (Unicode Table 3-7: no overlongs, no surrogates, nothing above U+10FFFF).
  public static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let count = buffer.count
    let lead = buffer[index]
    func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
      index + offset < count && buffer[index + offset] >= low && buffer[index + offset] <= high
    }
    switch lead {
    case 0xC2...0xDF:
      return continuation(1) ? 2 : 0
    case 0xE0:
      return continuation(1, 0xA0, 0xBF) && continuation(2) ? 3 : 0
    case 0xE1...0xEC, 0xEE...0xEF:
      return continuation(1) && continuation(2) ? 3 : 0
    case 0xED:
      return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : 0
    case 0xF0:
      return continuation(1, 0x90, 0xBF) && continuation(2) && continuation(3) ? 4 : 0
    case 0xF1...0xF3:
      return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
    case 0xF4:
      return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : 0
    default:
      return 0
    }
  }

  /// Whether all of `buffer` is well-formed UTF-8.
  public static func isValid(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < buffer.count {
      if buffer[index] < 0x80 {
        index += 1
        continue
      }
      let length = sequenceLength(buffer, at: index)
      if length == 0 { return false }
      index += length
    }
    return true
  }
}
