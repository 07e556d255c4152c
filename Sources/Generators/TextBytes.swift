/// A piece of generated text: a string or an integer, appended as UTF-8.
protocol TextPiece {
  func append(to bytes: inout [UInt8])
}

extension String: TextPiece {
  @inline(__always)
  func append(to bytes: inout [UInt8]) {
    // Literals and heap strings are contiguous; only short inline strings are not.
    if utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
      bytes.append(contentsOf: utf8)
    }
  }
}

extension Int: TextPiece {
  /// In decimal digits, as `String(self)` writes it.
  func append(to bytes: inout [UInt8]) {
    var magnitude = self.magnitude
    if self < 0 { bytes.append(0x2D) }
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
      UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
      (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      repeat {
        buffer[19 - count] = 0x30 + UInt8(magnitude % 10)
        magnitude /= 10
        count += 1
      } while magnitude > 0
      bytes.append(contentsOf: buffer[(20 - count)...])
    }
  }
}

/// Generated text built as bytes, piece by piece: `add("<a id=\"", id, "\">")` appends each
/// piece where an interpolated line would first be made as a string of its own and then
/// copied (for files of many short lines, most of the time it took to make them).
struct TextBytes {
  private(set) var bytes: [UInt8] = []

  init(capacity: Int) {
    bytes.reserveCapacity(capacity)
  }

  mutating func add<each Piece: TextPiece>(_ pieces: repeat each Piece) {
    repeat (each pieces).append(to: &bytes)
  }
}
