@testable import Compiler
import Diagnostics
import Semantics
import Testing

/// The cache file keeps every field of every record exactly.
@Suite("cache records")
struct CacheRecordTests {
  func range(_ file: String, _ line: Int, _ column: Int) -> SourceRange {
    SourceRange(file: file, start: SourcePosition(line: line, column: column), end: SourcePosition(line: line, column: column + 3))
  }

  func record(_ path: String) -> CachedFile {
    let stamp = FileStamp(
      device: 2049, inode: 1 << 40, size: 12_345, modified: 1_790_000_000, modifiedNanoseconds: 999_999_999,
      changed: -5, changedNanoseconds: 0)
    return CachedFile(
      path: path, stamp: stamp, stampTrusted: true, digest: ContentDigest.of(path),
      diagnostics: [
        Diagnostic(
          code: .L002, range: range(path, 11, 15), message: LocalizedText(vi: "chỉ còn một điều kiện", en: "one condition short"),
          help: LocalizedText(vi: "khai báo \"4\"", en: "declare \"4\""),
          notes: [
            DiagnosticNote(range: range(path, 111, 3), message: LocalizedText(vi: "ghi chú", en: "note")),
            DiagnosticNote(range: nil, message: LocalizedText(vi: "", en: "\u{0}\n\u{2028}")),
          ]),
        Diagnostic(code: .R004, severity: .warning, range: range("other.yaml", 1, 1), message: LocalizedText(vi: "a", en: "b")),
      ],
      suppressions: [
        Suppression(codes: ["L002", "X999"], reason: "lý do", line: 7, coversNextLine: true, range: range(path, 7, 1)),
        Suppression(codes: [], reason: "", line: 1, coversNextLine: false, range: range(path, 1, 20)),
      ],
      summary: ProcedureSummary(code: "1.000001", codeRange: range(path, 4, 7)),
      outputs: CachedOutputs(
        files: [CachedOutputFile(path: "forms/1.000001.html", stamp: stamp)], catalogEntry: 1_000_000..<1_007_000))
  }

  @Test("a cache with thousands of records comes back field for field")
  func roundTrip() throws {
    var files: [String: CachedFile] = [:]
    for index in 0..<3_000 { files["p/\(index).yaml"] = record("p/\(index).yaml") }
    files["bare.yaml"] = CachedFile(
      path: "bare.yaml", stamp: record("x").stamp, stampTrusted: false, digest: ContentDigest.of(""), diagnostics: [],
      suppressions: [], summary: nil, outputs: nil)
    let stamp = record("x").stamp
    let cache = TreeCache(
      context: ContentDigest.of("context"),
      output: CachedOutputFolder(folder: "/srv/Generated", template: ContentDigest.of("t"), catalog: stamp), files: files)
    let decoded = try #require(TreeCache.decode(cache.encoded()))
    #expect(decoded.context == cache.context)
    #expect(decoded.output == cache.output)
    #expect(decoded.files.count == files.count)
    for (path, original) in files {
      let back = try #require(decoded.files[path])
      #expect(back.path == original.path)
      #expect(back.stamp == original.stamp)
      #expect(back.stampTrusted == original.stampTrusted)
      #expect(back.digest == original.digest)
      #expect(back.diagnostics == original.diagnostics)
      #expect(back.suppressions == original.suppressions)
      #expect(back.summary?.code == original.summary?.code)
      #expect(back.summary?.codeRange == original.summary?.codeRange)
      #expect(back.outputs == original.outputs)
    }
    // Encoding is deterministic: the same cache gives the same bytes.
    #expect(cache.encoded() == decoded.encoded())
  }
}
