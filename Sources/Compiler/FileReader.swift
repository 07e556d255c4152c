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
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return .unreadable }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return .unreadable }
    let size = Int(status.st_size)
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
}
