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
  /// path, and a SHA-256 of all of it, so that damage anywhere is noticed.
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
    var trailer = ByteWriter()
    trailer.digest(ContentDigest.of(bytes))
    bytes += trailer.bytes
    return bytes
  }

  /// The cache in `bytes`, or nil when they are not a whole, undamaged cache of this format.
  public static func decode(_ bytes: [UInt8]) -> TreeCache? {
    guard bytes.count >= magic.count + 32, bytes.starts(with: magic) else { return nil }
    let body = bytes[0..<bytes.count - 32]
    var trailer = ByteReader(Array(bytes[(bytes.count - 32)...]))
    guard let stored = try? trailer.digest(), stored == ContentDigest.of(body) else { return nil }
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

/// The output folder a build left, as the cache knows it.
public struct CachedOutputFolder: Sendable, Equatable {
  /// The folder's absolute path.
  public var folder: String
  /// The digest of the form template the files were made with (of nothing for the built-in one).
  public var template: ContentDigest
  /// The stamp of its `catalog.json`, whose entries a later build copies.
  public var catalog: FileStamp
}
