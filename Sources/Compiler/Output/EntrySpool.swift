import CFileSystem
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Catalog entries made while procedures are checked, kept in a file without a name rather
/// than in memory: a national catalog is about a gigabyte. The catalog is then laid out with
/// ranges of this file (`SplicedFile.Piece.entry`), copied by the kernel.
final class EntrySpool: @unchecked Sendable {
  let descriptor: Int32
  private let lock = NSLock()
  private var end = 0
  private var failed = false

  /// A spool on the file system of `folder` (so that copies from it stay in the kernel).
  init?(folder: String) {
    let descriptor = tthc_open_anonymous(folder.isEmpty ? "." : folder)
    guard descriptor >= 0 else { return nil }
    self.descriptor = descriptor
  }

  deinit { close(descriptor) }

  /// Adds `bytes` to the end of the spool; where they are in it.
  func append(_ bytes: [UInt8]) -> Range<Int> {
    let start = lock.withLock {
      let start = end
      end += bytes.count
      return start
    }
    // Each writer has its own range, so writes need no lock.
    let written = bytes.withUnsafeBytes { buffer -> Bool in
      var offset = 0
      while offset < buffer.count {
        let count = pwrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset, off_t(start + offset))
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { return false }
        offset += count
      }
      return true
    }
    if !written { lock.withLock { failed = true } }
    return start..<(start + bytes.count)
  }

  /// Whether every entry was written in full (a full disk shows here).
  var isComplete: Bool { lock.withLock { !failed } }

  /// Empties the spool.
  func reset() {
    lock.withLock {
      _ = ftruncate(descriptor, 0)
      end = 0
      failed = false
    }
  }
}
