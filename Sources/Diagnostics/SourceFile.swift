/// The bytes of one definition file and the table that turns marks and byte offsets into
/// author positions.
///
/// Line breaks are the ones libyaml counts: LF, CR, CRLF, and NEL, LS and PS, so our line
/// numbers always agree with libyaml's. A leading UTF-8 byte-order mark is dropped before
/// anything else sees the text; every offset here is into `bytes`, without it.
public final class SourceFile: Sendable {
  /// The path shown to users.
  public let path: String
  /// The file's content without a leading byte-order mark.
  public let bytes: [UInt8]
  /// Whether the file started with a UTF-8 byte-order mark.
  public let hadByteOrderMark: Bool
  /// Byte offset of the first byte of each line (line 1 at index 0).
  public let lineStarts: [Int]
  /// Byte offset of the first byte that is not valid UTF-8, if any.
  public let firstInvalidUTF8Offset: Int?
  /// The number of characters (Unicode scalars) when every one of them is one a YAML
  /// stream may hold, which is what libyaml's reader checks character by character; nil
  /// when the bytes are not valid UTF-8 or some character is not allowed (a control
  /// character, U+FFFE, U+FFFF).
  public let yamlCharacterCount: Int?
  /// Whether every byte is ASCII, which makes mark columns equal to author columns.
  private let isASCII: Bool

  public init(path: String, bytes raw: [UInt8]) {
    self.path = path
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    if raw.count >= 3 && Array(raw[0..<3]) == bom {
      self.bytes = Array(raw[3...])
      self.hadByteOrderMark = true
    } else {
      self.bytes = raw
      self.hadByteOrderMark = false
    }
    let scan = SourceFile.scan(self.bytes)
    self.lineStarts = scan.lineStarts
    self.firstInvalidUTF8Offset = scan.firstInvalid
    self.isASCII = scan.isASCII
    self.yamlCharacterCount = scan.firstInvalid == nil && !scan.hasForbidden ? scan.characters : nil
  }

  public convenience init(path: String, text: String) {
    self.init(path: path, bytes: Array(text.utf8))
  }

  /// Number of lines (a final line without a break counts; an empty file has one line).
  public var lineCount: Int { lineStarts.count }

  /// The bytes of a 0-based line, without its line break.
  public func lineBytes(_ index: Int) -> ArraySlice<UInt8> {
    guard index >= 0 && index < lineStarts.count else { return [] }
    let start = lineStarts[index]
    var end = index + 1 < lineStarts.count ? lineStarts[index + 1] : bytes.count
    // Drop the break: LF, CR, CRLF, or the 2- and 3-byte NEL, LS, PS.
    if end > start {
      if bytes[end - 1] == 0x0A {
        end -= 1
        if end > start && bytes[end - 1] == 0x0D { end -= 1 }
      } else if bytes[end - 1] == 0x0D {
        end -= 1
      } else if end - start >= 2 && bytes[end - 2] == 0xC2 && bytes[end - 1] == 0x85 {
        end -= 2
      } else if end - start >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80
        && (bytes[end - 1] == 0xA8 || bytes[end - 1] == 0xA9)
      {
        end -= 3
      }
    }
    return bytes[start..<end]
  }

  /// The text of a 1-based line, with invalid bytes shown as U+FFFD.
  public func lineText(_ line: Int) -> String {
    String(decoding: lineBytes(line - 1), as: UTF8.self)
  }

  /// The author position of a libyaml mark.
  public func position(of mark: Mark) -> SourcePosition {
    let lineIndex = Int(mark.line)
    let scalars = Int(mark.column)
    if isASCII || scalars == 0 {
      return SourcePosition(line: lineIndex + 1, column: scalars + 1)
    }
    let line = lineBytes(lineIndex)
    // Walk `scalars` Unicode scalars, then count the Characters they make.
    var offset = line.startIndex
    var walked = 0
    while walked < scalars && offset < line.endIndex {
      offset += SourceFile.scalarLength(lead: line[offset])
      walked += 1
    }
    offset = min(offset, line.endIndex)
    let prefix = String(decoding: line[line.startIndex..<offset], as: UTF8.self)
    // Scalars past the end of the line (a mark on the line break) count one column each.
    return SourcePosition(line: lineIndex + 1, column: prefix.count + (scalars - walked) + 1)
  }

  /// The author range of a span.
  public func range(_ span: Span) -> SourceRange {
    SourceRange(file: path, start: position(of: span.start), end: position(of: span.end))
  }

  /// The author range of one point.
  public func range(at mark: Mark) -> SourceRange {
    let position = position(of: mark)
    return SourceRange(file: path, start: position, end: position)
  }

  /// The mark of a byte offset into `bytes` (columns counted in valid scalars).
  public func mark(ofByte offset: Int) -> Mark {
    let clamped = max(0, min(offset, bytes.count))
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
    }
    var column = 0
    var index = lineStarts[low]
    while index < clamped {
      index += SourceFile.scalarLength(lead: bytes[index])
      column += 1
    }
    return Mark(line: low, column: column)
  }

  /// The range of the whole first line's start, for problems that belong to the file as a whole.
  public var startRange: SourceRange {
    SourceRange(file: path, start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1))
  }

  private static func scalarLength(lead: UInt8) -> Int {
    switch lead {
    case 0..<0x80: 1
    case 0xC0..<0xE0: 2
    case 0xE0..<0xF0: 3
    case 0xF0..<0xF8: 4
    default: 1
    }
  }

  /// One pass over the bytes: line starts, UTF-8 validity, ASCII-ness, the number of
  /// characters and whether any of them is one YAML does not allow.
  private static func scan(_ bytes: [UInt8]) -> (
    lineStarts: [Int], firstInvalid: Int?, isASCII: Bool, characters: Int, hasForbidden: Bool
  ) {
    var lineStarts = [0]
    var firstInvalid: Int?
    var isASCII = true
    var characters = 0
    var hasForbidden = false
    let count = bytes.count
    var index = 0
    bytes.withUnsafeBufferPointer { buffer in
      let raw = UnsafeRawBufferPointer(buffer)
      while index < count {
        // Eight bytes at a time while they are printable ASCII (no line break, tab or other
        // control character in them).
        while index + 8 <= count {
          let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
          guard word & 0x8080_8080_8080_8080 == 0, !hasByteBelowSpace(word), !hasByte(word, 0x7F) else { break }
          index += 8
          characters += 8
        }
        guard index < count else { break }
        let byte = buffer[index]
        if byte < 0x80 {
          characters += 1
          if byte == 0x0A {
            lineStarts.append(index + 1)
          } else if byte == 0x0D {
            if index + 1 < count && buffer[index + 1] == 0x0A {
              index += 1
              characters += 1
            }
            lineStarts.append(index + 1)
          } else if (byte < 0x20 && byte != 0x09) || byte == 0x7F {
            hasForbidden = true
          }
          index += 1
          continue
        }
        isASCII = false
        let length = UTF8Validation.sequenceLength(buffer, at: index)
        if length == 0 {
          if firstInvalid == nil { firstInvalid = index }
          index += 1
          continue
        }
        characters += 1
        if length == 2 && byte == 0xC2 {
          let second = buffer[index + 1]
          // NEL is a line break to libyaml; the other C1 controls are not allowed.
          if second == 0x85 {
            lineStarts.append(index + 2)
          } else if second < 0xA0 {
            hasForbidden = true
          }
        } else if length == 3 && byte == 0xE2 && buffer[index + 1] == 0x80
          && (buffer[index + 2] == 0xA8 || buffer[index + 2] == 0xA9)
        {
          // LS and PS are line breaks to libyaml.
          lineStarts.append(index + 3)
        } else if length == 3 && byte == 0xEF && buffer[index + 1] == 0xBF && buffer[index + 2] >= 0xBE {
          // U+FFFE and U+FFFF are not characters.
          hasForbidden = true
        }
        index += length
      }
    }
    return (lineStarts, firstInvalid, isASCII, characters, hasForbidden)
  }

  /// Whether any of the eight bytes of `word`, all below 0x80, is below 0x20.
  @inline(__always)
  private static func hasByteBelowSpace(_ word: UInt64) -> Bool {
    (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0
  }

  /// Whether any of the eight bytes of `word` is `byte`: the classic test for a zero byte,
  /// applied to `word` with `byte` in every position XORed out.
  @inline(__always)
  private static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
    let difference = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
    return (difference &- 0x0101_0101_0101_0101) & ~difference & 0x8080_8080_8080_8080 != 0
  }
}

extension SourceFile {
  /// The Unicode scalar at a mark, if the mark is inside its line.
  public func scalar(at mark: Mark) -> Unicode.Scalar? {
    let line = lineBytes(Int(mark.line))
    var scalars = String(decoding: line, as: UTF8.self).unicodeScalars.makeIterator()
    var index = 0
    while let scalar = scalars.next() {
      if index == Int(mark.column) { return scalar }
      index += 1
    }
    return nil
  }
}
