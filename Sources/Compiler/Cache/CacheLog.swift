#if canImport(Glibc)
  import Glibc
#endif

/// The log beside a cache file (`<file>.log`): what saves since the file was written whole
/// changed, one entry per save, appended instead of writing every record again.
///
/// Each entry names the state it was made from — the base file (by its checksum and length)
/// and where in the log it starts — and is read only on top of exactly that state: an entry
/// of another base, one appended by a process that read an older log, a torn or damaged one
/// ends the log there. What is read is then a state some save left, never a mixture; and
/// everything a record claims is checked again before use anyway (stamps, digests, the
/// catalog's stamp), so an entry lost only costs work.
///
/// An entry: its payload's length (8 bytes, little-endian), the payload, and the payload's
/// checksum (8 bytes). The payload: the base's checksum and length, the entry's offset, the
/// context, the output folder, the catalog shifts, the removed paths, then the records
/// saved whole.
enum CacheLog {
  static let magic = Array("tthc-cache-log\n".utf8)

  /// Where the entry saving `cache` goes in the log described by `origin`.
  static func offset(after origin: CacheFileState) -> Int {
    max(origin.logLength, magic.count)
  }

  /// The entry that brings the cache file at `delta.origin` to `cache`.
  static func entry(for cache: TreeCache, delta: CacheDelta) -> [UInt8] {
    var payload = ByteWriter()
    payload.unsigned(delta.origin.baseChecksum)
    payload.count(delta.origin.baseLength)
    payload.count(offset(after: delta.origin))
    payload.digest(cache.context)
    payload.outputFolder(cache.output)
    payload.count(delta.shifts.count)
    for shift in delta.shifts {
      payload.count(shift.from)
      payload.integer(Int64(shift.by))
    }
    let paths = delta.paths.sorted()
    let removed = paths.filter { cache.files[$0] == nil }
    payload.count(removed.count)
    for path in removed { payload.string(path) }
    payload.count(paths.count - removed.count)
    for path in paths { cache.files[path]?.encode(into: &payload) }
    var bytes = LittleEndian.bytes(UInt64(payload.bytes.count))
    bytes += payload.bytes
    bytes += LittleEndian.bytes(TreeCache.checksum(payload.bytes[...]))
    return bytes
  }

  /// Applies to `cache` (the base file's records) the entries of `log` made one after
  /// another from that base; returns how much of the log they take (0 without a log).
  static func apply(_ log: [UInt8], to cache: inout TreeCache, baseChecksum: UInt64, baseLength: Int) -> Int {
    guard log.starts(with: magic) else { return 0 }
    var offset = magic.count
    while log.count - offset >= 16 {
      let length = Int(truncatingIfNeeded: LittleEndian.word(log, from: offset))
      guard length >= 0, length <= log.count - offset - 16 else { break }
      let payloadRange = (offset + 8)..<(offset + 8 + length)
      guard LittleEndian.word(log, from: payloadRange.upperBound) == TreeCache.checksum(log[payloadRange]) else { break }
      var reader = ByteReader(log, from: payloadRange.lowerBound, to: payloadRange.upperBound)
      guard let change = try? Change.read(from: &reader),
        change.baseChecksum == baseChecksum, change.baseLength == baseLength, change.offset == offset,
        change.context == cache.context
      else { break }
      change.apply(to: &cache)
      offset = payloadRange.upperBound + 8
    }
    return offset
  }

  /// Appends `entry` to the log at `path` when the log is still `origin.logLength` long (a
  /// new log when there is none and that length is 0). False when it cannot, or when the
  /// log is not as the cache found it: then the cache file is to be written whole.
  static func append(_ entry: [UInt8], to path: String, origin: CacheFileState) -> Bool {
    let isNew = origin.logLength == 0
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC | (isNew ? O_CREAT | O_EXCL : 0), 0o644)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    guard isNew || FileStamp.of(descriptor: descriptor)?.size == Int64(origin.logLength) else { return false }
    return FileWriter.writeAll((isNew ? magic + entry : entry)[...], to: descriptor)
  }

  /// One entry, read.
  private struct Change {
    var baseChecksum: UInt64
    var baseLength: Int
    var offset: Int
    var context: ContentDigest
    var output: CachedOutputFolder?
    var shifts: [CatalogShift]
    var removed: [String]
    var records: [CachedFile]

    static func read(from reader: inout ByteReader) throws(ByteReader.Damaged) -> Change {
      let baseChecksum = try reader.unsigned()
      let baseLength = Int(try reader.unsigned() & 0xFFFF_FFFF_FFFF)
      let offset = Int(try reader.unsigned() & 0xFFFF_FFFF_FFFF)
      let context = try reader.digest()
      let output = try reader.outputFolder()
      var shifts: [CatalogShift] = []
      for _ in 0..<(try reader.count()) {
        let from = Int(try reader.unsigned() & 0xFFFF_FFFF_FFFF)
        shifts.append(CatalogShift(from: from, by: Int(try reader.integer())))
      }
      var removed: [String] = []
      for _ in 0..<(try reader.count()) { removed.append(try reader.string()) }
      var records: [CachedFile] = []
      for _ in 0..<(try reader.count()) { records.append(try CachedFile.decode(from: &reader)) }
      guard reader.isAtEnd else { throw ByteReader.Damaged() }
      return Change(
        baseChecksum: baseChecksum, baseLength: baseLength, offset: offset, context: context, output: output,
        shifts: shifts, removed: removed, records: records)
    }

    func apply(to cache: inout TreeCache) {
      cache.output = output
      if !shifts.isEmpty {
        var index = cache.files.values.startIndex
        while index != cache.files.values.endIndex {
          defer { cache.files.values.formIndex(after: &index) }
          guard let range = cache.files.values[index].outputs?.catalogEntry else { continue }
          cache.files.values[index].outputs!.catalogEntry = CatalogShift.apply(shifts, to: range)
        }
      }
      for path in removed { cache.files[path] = nil }
      for record in records { cache.files[record.path] = record }
    }
  }
}

extension ByteWriter {
  mutating func outputFolder(_ output: CachedOutputFolder?) {
    bool(output != nil)
    if let output {
      string(output.folder)
      digest(output.template)
      stamp(output.catalog)
    }
  }
}

extension ByteReader {
  mutating func outputFolder() throws(Damaged) -> CachedOutputFolder? {
    guard try bool() else { return nil }
    return CachedOutputFolder(folder: try string(), template: try digest(), catalog: try stamp())
  }
}
