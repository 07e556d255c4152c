import Diagnostics
import Dispatch
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
  /// How the cache differs from the cache file it was loaded from; nil when that is not
  /// known (then saving writes the file whole).
  public var delta: CacheDelta?

  public init(context: ContentDigest, output: CachedOutputFolder?, files: [String: CachedFile]) {
    self.context = context
    self.output = output
    self.files = files
  }

  static let magic = Array("tthc-cache\n".utf8)
  static let formatVersion: UInt64 = 2

  /// The bytes of the cache file: magic, format, context, output folder, then the records
  /// sorted by path in chunks (each chunk's length first, so that chunks are written and
  /// read in parallel), and a checksum of all of it, so that damage anywhere is noticed.
  func encoded() -> [UInt8] {
    var writer = ByteWriter()
    writer.raw(Self.magic)
    writer.unsigned(Self.formatVersion)
    writer.digest(context)
    writer.outputFolder(output)
    let paths = files.keys.sorted()
    let chunkCount = max(1, min(256, paths.count / 512))
    let chunks = ParallelSlots<[UInt8]>(count: chunkCount)
    DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
      var records = ByteWriter()
      for index in Self.chunk(chunk, of: chunkCount, in: paths.count) { files[paths[index]]!.encode(into: &records) }
      chunks.store(records.bytes, at: chunk)
    }
    let encodedChunks = chunks.takeResults()
    writer.count(paths.count)
    writer.count(chunkCount)
    for (chunk, bytes) in encodedChunks.enumerated() {
      writer.count(Self.chunk(chunk, of: chunkCount, in: paths.count).count)
      writer.count(bytes.count)
    }
    var bytes = writer.bytes
    bytes.reserveCapacity(bytes.count + encodedChunks.reduce(8) { $0 + $1.count })
    for chunk in encodedChunks { bytes += chunk }
    let sum = Self.checksum(bytes[...])
    bytes += LittleEndian.bytes(sum)
    return bytes
  }

  /// The indices of chunk `chunk` when `count` records are split into `chunks` chunks.
  private static func chunk(_ chunk: Int, of chunks: Int, in count: Int) -> Range<Int> {
    (count * chunk / chunks)..<(count * (chunk + 1) / chunks)
  }

  /// The cache in `bytes`, or nil when they are not a whole, undamaged cache of this format.
  public static func decode(_ bytes: [UInt8]) -> TreeCache? {
    guard bytes.count >= magic.count + 8, bytes.starts(with: magic) else { return nil }
    let bodyEnd = bytes.count - 8
    let stored = LittleEndian.word(bytes, from: bodyEnd)
    guard stored == checksum(bytes[0..<bodyEnd]) else { return nil }
    var reader = ByteReader(bytes, from: magic.count, to: bodyEnd)
    do {
      guard try reader.unsigned() == formatVersion else { return nil }
      let context = try reader.digest()
      let output = try reader.outputFolder()
      let total = try reader.count()
      var layout: [(records: Int, bytes: Range<Int>)] = []
      var chunkLengths: [(records: Int, length: Int)] = []
      for _ in 0..<(try reader.count()) { chunkLengths.append((try reader.count(), try reader.count())) }
      var start = reader.offset
      for (records, length) in chunkLengths {
        guard length <= bodyEnd - start else { return nil }
        layout.append((records, start..<start + length))
        start += length
      }
      let chunks = layout
      guard start == bodyEnd, chunks.reduce(0, { $0 + $1.records }) == total else { return nil }
      let decoded = ParallelSlots<[CachedFile]>(count: chunks.count)
      DispatchQueue.concurrentPerform(iterations: chunks.count) { index in
        var chunkReader = ByteReader(bytes, from: chunks[index].bytes.lowerBound, to: chunks[index].bytes.upperBound)
        var records: [CachedFile] = []
        records.reserveCapacity(chunks[index].records)
        for _ in 0..<chunks[index].records {
          guard let record = try? CachedFile.decode(from: &chunkReader) else { return }
          records.append(record)
        }
        if chunkReader.isAtEnd { decoded.store(records, at: index) }
      }
      var files: [String: CachedFile] = [:]
      files.reserveCapacity(total)
      // Records are moved into the dictionary, not copied: a copy of each of 125,000 would
      // retain every part of it once more, only to release it with the chunk.
      for index in chunks.indices {
        guard var records = decoded.take(at: index) else { return nil }
        while let record = records.popLast() { files[record.path] = record }
      }
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
  public static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
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
