import Diagnostics

/// Appends values to a byte buffer in the cache's format: unsigned LEB128 integers,
/// zig-zag for signed ones, strings as a length and their UTF-8 bytes.
struct ByteWriter {
  private(set) var bytes: [UInt8] = []

  mutating func unsigned(_ value: UInt64) {
    var rest = value
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  mutating func integer(_ value: Int64) {
    unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
  }

  mutating func count(_ value: Int) { unsigned(UInt64(value)) }

  mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

  mutating func string(_ text: String) {
    count(text.utf8.count)
    bytes += text.utf8
  }

  mutating func raw(_ more: [UInt8]) { bytes += more }

  mutating func digest(_ digest: ContentDigest) {
    for word in [digest.words.0, digest.words.1, digest.words.2, digest.words.3] {
      for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
    }
  }
}

/// Reads what `ByteWriter` wrote. Every read is bounds-checked and throws on anything that
/// does not fit, so a truncated or damaged cache is noticed, never trusted or crashed on.
struct ByteReader {
  struct Damaged: Error {}

  private let bytes: [UInt8]
  private(set) var offset: Int
  /// Where reading stops (exclusive).
  private let end: Int

  /// Reads `bytes[offset..<end]` (to the end of `bytes` without `end`).
  init(_ bytes: [UInt8], from offset: Int = 0, to end: Int? = nil) {
    self.bytes = bytes
    self.offset = offset
    self.end = min(end ?? bytes.count, bytes.count)
  }

  var isAtEnd: Bool { offset == end }

  mutating func unsigned() throws(Damaged) -> UInt64 {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard offset < end, shift < 64 else { throw Damaged() }
      let byte = bytes[offset]
      offset += 1
      value |= UInt64(byte & 0x7f) << shift
      if byte < 0x80 { return value }
      shift += 7
    }
  }

  mutating func integer() throws(Damaged) -> Int64 {
    let raw = try unsigned()
    return Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
  }

  /// A count of things that follow, each taking at least one byte: larger than what is
  /// left means damage (and keeps a damaged count from reserving huge arrays).
  mutating func count() throws(Damaged) -> Int {
    let value = try unsigned()
    guard value <= UInt64(end - offset) else { throw Damaged() }
    return Int(value)
  }

  mutating func int() throws(Damaged) -> Int {
    let value = try integer()
    guard value >= Int64(Int32.min), value <= Int64(Int32.max) else { throw Damaged() }
    return Int(value)
  }

  mutating func bool() throws(Damaged) -> Bool {
    guard offset < end, bytes[offset] <= 1 else { throw Damaged() }
    offset += 1
    return bytes[offset - 1] == 1
  }

  mutating func string() throws(Damaged) -> String {
    try text(ofLength: try count())
  }

  /// A string, given as `known` when it has exactly the same bytes (no new string is made:
  /// a record's summary and diagnostics name its own file again).
  mutating func string(knownAs known: String) throws(Damaged) -> String {
    let length = try count()
    var known = known
    let same = known.utf8.count == length && known.withUTF8 { knownBytes in
      bytes.withUnsafeBufferPointer { all in knownBytes.elementsEqual(all[offset..<offset + length]) }
    }
    guard same else { return try text(ofLength: length) }
    offset += length
    return known
  }

  /// The next `length` bytes (within bounds: `count` checked them) as UTF-8 text. The bytes
  /// are checked over contiguous memory and then made a string: `String(validating:as:)`
  /// looked up generic type information on every call, for hundreds of thousands of strings.
  private mutating func text(ofLength length: Int) throws(Damaged) -> String {
    defer { offset += length }
    return try bytes.withUnsafeBufferPointer { (all) throws(Damaged) -> String in
      let text = UnsafeBufferPointer(rebasing: all[offset..<offset + length])
      guard UTF8Validation.isValid(text) else { throw Damaged() }
      return String(decoding: text, as: UTF8.self)
    }
  }

  mutating func raw(_ length: Int) throws(Damaged) -> ArraySlice<UInt8> {
    guard length >= 0, length <= end - offset else { throw Damaged() }
    defer { offset += length }
    return bytes[offset..<offset + length]
  }

  mutating func digest() throws(Damaged) -> ContentDigest {
    let slice = try raw(32)
    var words: [UInt64] = []
    var index = slice.startIndex
    for _ in 0..<4 {
      var word: UInt64 = 0
      for _ in 0..<8 {
        word = word << 8 | UInt64(slice[index])
        index += 1
      }
      words.append(word)
    }
    return ContentDigest(words: (words[0], words[1], words[2], words[3]))
  }
}

/// Eight bytes, least significant first: how the cache file and its log store checksums
/// and lengths outside `ByteWriter`'s variable-length integers.
enum LittleEndian {
  static func bytes(_ value: UInt64) -> [UInt8] {
    (0..<8).map { UInt8(truncatingIfNeeded: value >> UInt64(8 * $0)) }
  }

  /// The word in the eight bytes of `bytes` from `start`.
  static func word(_ bytes: some Collection<UInt8>, from start: Int = 0) -> UInt64 {
    bytes.dropFirst(start).prefix(8).reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
  }
}
