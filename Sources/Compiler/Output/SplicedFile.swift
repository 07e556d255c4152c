import CFileSystem

#if canImport(Glibc)
  import Glibc
#endif

/// A generated file made of new bytes, of ranges copied from the file at the same path in the
/// current output tree, and of entries spooled during the build (`EntrySpool`). The catalog
/// of a national tree is about a gigabyte and changes by a few entries between builds: its
/// parts are copied by the kernel (`copy_file_range`), never held in memory together, and a
/// catalog that did not change at all is recognised and left alone.
public struct SplicedFile: Sendable {
  public enum Piece: Sendable, Equatable {
    case bytes(ArraySlice<UInt8>)
    /// Bytes of the current file, by offset.
    case copy(Range<Int>)
    /// Bytes of the build's entry spool, by offset.
    case entry(Range<Int>)

    var count: Int {
      switch self {
      case .bytes(let bytes): bytes.count
      case .copy(let range), .entry(let range): range.count
      }
    }
  }

  public var path: String
  public private(set) var pieces: [Piece] = []
  public private(set) var count = 0

  public init(path: String) { self.path = path }

  /// `frame` with `entries` inserted at `places` (ascending offsets in the frame); returns the
  /// file and where each entry lies in it. Two copied entries that were neighbours in the
  /// current file, with exactly the frame's bytes between them there as here, become one
  /// copy — the current file was written with the same frame, so those bytes are the same.
  public static func layout(path: String, frame: [UInt8], places: [Int], entries: [Piece]) -> (SplicedFile, [Range<Int>]) {
    var file = SplicedFile(path: path)
    var ranges: [Range<Int>] = []
    ranges.reserveCapacity(entries.count)
    var framed = 0
    for (place, entry) in zip(places, entries) {
      file.append(.bytes(frame[framed..<place]))
      framed = place
      let start = file.count
      file.append(entry)
      ranges.append(start..<file.count)
    }
    file.append(.bytes(frame[framed...]))
    return (file, ranges)
  }

  private mutating func append(_ piece: Piece) {
    count += piece.count
    if piece.count == 0 { return }
    if case .copy(let next) = piece, let last = pieces.last {
      if case .copy(let previous) = last, previous.upperBound == next.lowerBound {
        pieces[pieces.count - 1] = .copy(previous.lowerBound..<next.upperBound)
        return
      }
      if case .bytes(let gap) = last, pieces.count >= 2, case .copy(let previous) = pieces[pieces.count - 2],
        next.lowerBound - previous.upperBound == gap.count
      {
        pieces.removeLast(2)
        pieces.append(.copy(previous.lowerBound..<next.upperBound))
        return
      }
    }
    pieces.append(piece)
  }

  /// The file's bytes when it copies nothing (neither the current file nor a spool is needed).
  public var bytesWithoutCopies: [UInt8]? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count)
    for piece in pieces {
      guard case .bytes(let more) = piece else { return nil }
      bytes += more
    }
    return bytes
  }

  /// Whether the open file `current` already holds exactly these bytes: as long, every copy
  /// from where it would land, every new or spooled piece equal to what is there.
  public func isHeld(by current: Int32, entries: Int32 = -1) -> Bool {
    var status = stat()
    guard fstat(current, &status) == 0, Int(status.st_size) == count else { return false }
    var offset = 0
    for piece in pieces {
      switch piece {
      case .copy(let range):
        if range.lowerBound != offset { return false }
      case .bytes(let bytes):
        guard Self.read(bytes.count, from: current, at: offset)?.elementsEqual(bytes) == true else { return false }
      case .entry(let range):
        var done = 0
        while done < range.count {
          let length = min(range.count - done, 1 << 20)
          guard let spooled = Self.read(length, from: entries, at: range.lowerBound + done),
            Self.read(length, from: current, at: offset + done) == spooled
          else { return false }
          done += length
        }
      }
      offset += piece.count
    }
    return true
  }

  /// Writes the file to `target` (open for writing, empty) with the copies from `current` and
  /// the spooled entries from `entries` (either -1 when the file has no such pieces).
  public func write(to target: Int32, from current: Int32, entries: Int32 = -1) -> Bool {
    for piece in pieces {
      switch piece {
      case .bytes(let bytes):
        guard FileWriter.writeAll(bytes, to: target) else { return false }
      case .copy(let range):
        guard Self.copy(range, from: current, to: target) else { return false }
      case .entry(let range):
        guard Self.copy(range, from: entries, to: target) else { return false }
      }
    }
    return true
  }

  /// Exactly `count` bytes of `file` from `offset`, or nil when it has fewer there.
  private static func read(_ count: Int, from file: Int32, at offset: Int) -> [UInt8]? {
    var found = [UInt8](repeating: 0, count: count)
    var done = 0
    while done < count {
      let read = found.withUnsafeMutableBytes { pread(file, $0.baseAddress! + done, count - done, off_t(offset + done)) }
      if read < 0 && errno == EINTR { continue }
      guard read > 0 else { return nil }
      done += read
    }
    return found
  }

  /// Copies `range` of `source` to the end of `target`: in the kernel where the file system
  /// allows, else through a buffer.
  private static func copy(_ range: Range<Int>, from source: Int32, to target: Int32) -> Bool {
    var from = Int64(range.lowerBound)
    var left = range.count
    while left > 0 {
      let copied = tthc_copy_range(source, &from, target, UInt(left))
      if copied > 0 {
        left -= copied
        continue
      }
      if copied < 0 && errno == EINTR { continue }
      if copied == 0 { return false }  // the source is shorter than the range
      break  // not supported here: copy through memory
    }
    var buffer = [UInt8](repeating: 0, count: min(left, 1 << 20))
    while left > 0 {
      let read = buffer.withUnsafeMutableBytes { pread(source, $0.baseAddress!, min(left, $0.count), off_t(from)) }
      if read < 0 && errno == EINTR { continue }
      guard read > 0, FileWriter.writeAll(buffer[0..<read], to: target) else { return false }
      from += Int64(read)
      left -= read
    }
    return true
  }
}
