#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files with plain POSIX calls: every byte, retrying interrupted writes.
enum FileWriter {
  /// Creates (or empties) the file at `path` and writes `bytes` to it; its stamp once
  /// written, or nil when any step fails.
  static func create(_ path: String, with bytes: [UInt8]) -> FileStamp? {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    guard writeAll(bytes[...], to: descriptor) else { return nil }
    return FileStamp.of(descriptor: descriptor)
  }

  /// Writes all of `bytes` at the descriptor's position.
  static func writeAll(_ bytes: ArraySlice<UInt8>, to descriptor: Int32) -> Bool {
    bytes.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return true }  // nothing to write
      var offset = 0
      while offset < buffer.count {
        let written = write(descriptor, base + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += written
      }
      return true
    }
  }
}
