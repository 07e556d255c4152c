import Foundation
import YAMLReader

/// What every record of a tree's cache depends on besides its own file: the tthc program
/// (the digest of its executable, `CacheStore.programDigest`, so any other build starts
/// afresh), the reader's limits, and the bytes of the registries and `calendar.yaml`. A
/// change to any of them changes the digest, and then no record is used.
enum CacheContext {
  static func digest(
    registries: [(path: String, bytes: [UInt8]?)], limits: ReaderLimits, program: ContentDigest?
  ) -> ContentDigest {
    var hasher = SHA256()
    hasher.update(field: "tthc cache context \(TreeCache.formatVersion)")
    if let program {
      for word in [program.words.0, program.words.1, program.words.2, program.words.3] { hasher.update(field: word) }
    } else {
      // An executable that cannot be read: its file's identity, valid on this machine only.
      hasher.update(field: "program file")
      for part in programIdentity { hasher.update(field: part) }
    }
    hasher.update(field: UInt64(limits.maxFileBytes))
    hasher.update(field: UInt64(limits.maxDepth))
    hasher.update(field: UInt64(limits.maxExpandedNodes))
    for registry in registries {
      hasher.update(field: registry.path)
      if let bytes = registry.bytes {
        hasher.update(field: UInt64(bytes.count))
        hasher.update(bytes)
      } else {
        hasher.update(field: "unreadable")
      }
    }
    return hasher.finish()
  }

  /// The running program's file: device, inode, size and modification time.
  static let programIdentity: [UInt64] = {
    guard let stamp = FileStamp.of(CacheStore.runningProgram) else { return [0] }
    return [
      stamp.device, stamp.inode, UInt64(bitPattern: stamp.size), UInt64(bitPattern: stamp.modified),
      UInt64(bitPattern: stamp.modifiedNanoseconds),
    ]
  }()
}
