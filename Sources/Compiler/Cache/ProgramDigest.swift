import Foundation

/// Which tthc made a cache's records: the SHA-256 of the executable's bytes, so that the
/// same build of tthc on another machine (a CI runner that restores `.tthc-cache`) uses the
/// records, and any other build starts afresh. Hashing the executable (about 12 MB) takes
/// tens of milliseconds, so the digest is remembered by the executable's stamp, in the
/// process and, for the latest four executables, in `v<format>/program` beside the cache
/// files.
extension CacheStore {
  /// The running program's file.
  public static var runningProgram: String {
    FileManager.default.fileExists(atPath: "/proc/self/exe") ? "/proc/self/exe" : CommandLine.arguments[0]
  }

  /// The digest of the executable at `path`; nil when it cannot be read.
  public func programDigest(ofExecutable path: String = CacheStore.runningProgram) -> ContentDigest? {
    guard let stamp = FileStamp.of(path) else { return nil }
    if let known = KnownPrograms.shared.digest(of: stamp) { return known }
    let memo = folder + "/v\(TreeCache.formatVersion)/program"
    var recorded: [(FileStamp, ContentDigest)] = []
    if case .bytes(let bytes) = FileReader.read(memo, limit: 4096) { recorded = Self.decodePrograms(bytes) ?? [] }
    if let digest = recorded.first(where: { $0.0 == stamp })?.1 {
      KnownPrograms.shared.remember(digest, of: stamp)
      return digest
    }
    // Only bytes read between two equal stamps are the file that stamp stands for.
    guard case .bytes(let program) = FileReader.read(path, limit: Int.max), FileStamp.of(path) == stamp else { return nil }
    let digest = ContentDigest.of(program)
    KnownPrograms.shared.remember(digest, of: stamp)
    // The latest few executables (a debug and a release build, say), newest first.
    recorded = [(stamp, digest)] + recorded.prefix(Self.programsRemembered - 1)
    var writer = ByteWriter()
    writer.string(Self.programMagic)
    writer.count(recorded.count)
    for (stamp, digest) in recorded {
      writer.stamp(stamp)
      writer.digest(digest)
    }
    writeAtomically(writer.bytes, to: memo)
    return digest
  }

  static let programsRemembered = 4

  private static let programMagic = "tthc program"

  private static func decodePrograms(_ bytes: [UInt8]) -> [(FileStamp, ContentDigest)]? {
    var reader = ByteReader(bytes)
    guard (try? reader.string()) == programMagic, let count = try? reader.count(), count <= programsRemembered else {
      return nil
    }
    var programs: [(FileStamp, ContentDigest)] = []
    for _ in 0..<count {
      guard let stamp = try? reader.stamp(), let digest = try? reader.digest() else { return nil }
      programs.append((stamp, digest))
    }
    return reader.isAtEnd ? programs : nil
  }
}

/// Digests of executables already computed in this process, by stamp.
private final class KnownPrograms: @unchecked Sendable {
  static let shared = KnownPrograms()
  private let lock = NSLock()
  private var digests: [FileStamp: ContentDigest] = [:]

  func digest(of stamp: FileStamp) -> ContentDigest? { lock.withLock { digests[stamp] } }
  func remember(_ digest: ContentDigest, of stamp: FileStamp) { lock.withLock { digests[stamp] = digest } }
}
