import Foundation

/// The cache of one definitions tree: a record per procedure file, and — after a build —
/// the state of the output folder those records' generated files are in.
///
/// Records are valid only under the same `context`: the digest of the registries,
/// `calendar.yaml`, the reader's limits and the tthc program itself, so that a change to
/// any of them makes every file be checked again.
public struct TreeCache: Sendable {
  public var context: ContentDigest
  public var output: CachedOutputFolder?
  /// By path, as shown to users.
  public var files: [String: CachedFile]

  public init(context: ContentDigest, output: CachedOutputFolder?, files: [String: CachedFile]) {
    self.context = context
    self.output = output
    self.files = files
  }

  static let magic = Array("tthc-cache\n".utf8)
  static let formatVersion: UInt64 = 1

  /// The bytes of the cache file: magic, format, context, output folder, records sorted by
  /// path, and a checksum of all of it, so that damage anywhere is noticed.
  func encoded() -> [UInt8] {
    var writer = ByteWriter()
    writer.raw(Self.magic)
    writer.unsigned(Self.formatVersion)
    writer.digest(context)
    writer.bool(output != nil)
    if let output {
      writer.string(output.folder)
      writer.digest(output.template)
      writer.stamp(output.catalog)
    }
    writer.count(files.count)
    for path in files.keys.sorted() { files[path]!.encode(into: &writer) }
    var bytes = writer.bytes
    let sum = Self.checksum(bytes[...])
    for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: sum >> UInt64(shift))) }
    return bytes
  }

  /// The cache in `bytes`, or nil when they are not a whole, undamaged cache of this format.
  public static func decode(_ bytes: [UInt8]) -> TreeCache? {
    guard bytes.count >= magic.count + 8, bytes.starts(with: magic) else { return nil }
    let body = bytes[0..<bytes.count - 8]
    let stored = bytes[(bytes.count - 8)...].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    guard stored == checksum(body) else { return nil }
    var reader = ByteReader(Array(body), from: magic.count)
    do {
      guard try reader.unsigned() == formatVersion else { return nil }
      let context = try reader.digest()
      var output: CachedOutputFolder?
      if try reader.bool() {
        output = CachedOutputFolder(folder: try reader.string(), template: try reader.digest(), catalog: try reader.stamp())
      }
      var files: [String: CachedFile] = [:]
      let count = try reader.count()
      files.reserveCapacity(count)
      for _ in 0..<count {
        let file = try CachedFile.decode(from: &reader)
        files[file.path] = file
      }
      guard reader.isAtEnd else { return nil }
      return TreeCache(context: context, output: output, files: files)
    } catch {
      return nil
    }
  }
}

extension TreeCache {
  /// A 64-bit checksum, eight bytes at a time, to notice a damaged cache file (the cache is
  /// the user's own file; this guards against accidents, not attacks). Each step is a
  /// bijection of the state for a given word, so any change confined to one word is always
  /// detected.
  static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
    @inline(__always) func mix(_ word: UInt64) {
      state = (state ^ word) &* 0xFF51_AFD7_ED55_8CCD
      state ^= state >> 32
    }
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset + 8 <= buffer.count {
        mix(UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
        offset += 8
      }
      var tail: UInt64 = 0
      for index in offset..<buffer.count { tail |= UInt64(buffer[index]) << UInt64(8 * (index - offset)) }
      mix(tail)
    }
    state ^= state >> 33
    state = state &* 0xC4CE_B9FE_1A85_EC53
    return state ^ (state >> 33)
  }
}

/// The output folder a build left, as the cache knows it.
public struct CachedOutputFolder: Sendable, Equatable {
  /// The folder's absolute path.
  public var folder: String
  /// The digest of the form template the files were made with (of nothing for the built-in one).
  public var template: ContentDigest
  /// The stamp of its `catalog.json`, whose entries a later build copies.
  public var catalog: FileStamp
}
