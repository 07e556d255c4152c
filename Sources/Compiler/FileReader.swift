#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a whole file with one `fstat` and plain `read`s, refusing files over a size limit
/// before reading them.
enum FileReader {
  enum Outcome {
    case bytes([UInt8])
    case tooLarge(Int)
    case unreadable
  }

  static func read(_ path: String, limit: Int) -> Outcome {
    readStamped(path, limit: limit).outcome
  }

  /// The file's bytes and its stamp, taken before reading: a change made while it is read
  /// leaves the stamp older than the file, so the next run looks at the bytes again.
  static func readStamped(_ path: String, limit: Int) -> (outcome: Outcome, stamp: FileStamp?) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return (.unreadable, nil) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return (.unreadable, nil) }
    return (read(descriptor, size: Int(status.st_size), limit: limit), FileStamp(status))
  }

  private static func read(_ descriptor: Int32, size: Int, limit: Int) -> Outcome {
    if size > limit { return .tooLarge(size) }
    var bytes = [UInt8](repeating: 0, count: size)
    var filled = 0
    let ok = bytes.withUnsafeMutableBytes { buffer -> Bool in
      while filled < size {
        let count = Glibc.read(descriptor, buffer.baseAddress! + filled, size - filled)
        if count < 0 { return false }
        if count == 0 { break }
        filled += count
      }
      return true
    }
    guard ok else { return .unreadable }
    if filled < size { bytes.removeLast(size - filled) }
    return .bytes(bytes)
  }

  /// Whether the file at `path` holds exactly `bytes`, read a piece at a time so that a
  /// difference early in a large file stops the reading there.
  static func holds(_ bytes: [UInt8], at path: String) -> Bool {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    // No larger than the expected bytes and one more (a longer file shows at once): generated
    // files are compared by the hundred thousand, and most are a few kilobytes.
    let pieceSize = min(1 << 20, bytes.count + 1)
    var piece = [UInt8](repeating: 0, count: pieceSize)
    var offset = 0
    while true {
      let count = piece.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, pieceSize) }
      if count < 0 {
        if errno == EINTR { continue }
        return false
      }
      if count == 0 { return offset == bytes.count }
      guard offset + count <= bytes.count else { return false }
      let same = piece.withUnsafeBytes { read in
        bytes.withUnsafeBytes { expected in memcmp(read.baseAddress!, expected.baseAddress! + offset, count) == 0 }
      }
      guard same else { return false }
      offset += count
    }
  }
}
