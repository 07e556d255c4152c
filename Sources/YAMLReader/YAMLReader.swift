import CLibYAML
import Diagnostics

/// Reads one file into a `YAMLDocument` by pulling libyaml's events, never recursing.
///
/// Every author mistake comes back as a located diagnostic; nothing here throws or traps
/// for bad input. The checks run in this order, each stopping the read: size, UTF-8,
/// then libyaml syntax, with depth, alias budget, duplicate keys, undefined aliases,
/// multiple documents and the top-level kind checked while events arrive.
public enum YAMLReader {
  /// What reading a file gives: the document when it could be built, and the problems.
  public struct Result: Sendable {
    public var document: YAMLDocument?
    public var diagnostics: [Diagnostic]
  }

  public static func read(_ source: SourceFile, limits: ReaderLimits = .standard) -> Result {
    read(source, limits: limits, preloading: true)
  }

  /// `preloading: false` leaves every character to libyaml's own reader, which the tests
  /// compare the preloaded read with.
  static func read(_ source: SourceFile, limits: ReaderLimits, preloading: Bool) -> Result {
    var bag = DiagnosticBag(file: source)
    if source.bytes.count > limits.maxFileBytes {
      return Result(document: nil, diagnostics: [fileTooLarge(path: source.path, size: source.bytes.count, limits: limits)])
    }
    if let offset = source.firstInvalidUTF8Offset {
      // Point at the one bad byte: one column wide, however the bytes after it decode.
      var range = source.range(at: source.mark(ofByte: offset))
      range.end.column += 1
      let hex = "0x" + String(source.bytes[offset], radix: 16, uppercase: true)
      bag.append(Diagnostic(
        code: .Y003, range: range,
        message: LocalizedText(vi: "byte \(hex) không phải UTF-8 hợp lệ", en: "byte \(hex) is not valid UTF-8"),
        help: LocalizedText(
          vi: "lưu tệp với bảng mã UTF-8 (tệp này có thể đang dùng Windows-1258 hoặc TCVN3)",
          en: "save the file as UTF-8 (it may be in Windows-1258 or TCVN3)")))
      return Result(document: nil, diagnostics: bag.diagnostics)
    }
    var builder = TreeBuilder(source: source, limits: limits, preloading: preloading)
    source.bytes.withUnsafeBufferPointer { buffer in
      builder.run(buffer, bag: &bag)
    }
    return Result(document: builder.document, diagnostics: bag.diagnostics)
  }

  /// The diagnostic for a file over `maxFileBytes`, made without reading the file.
  public static func fileTooLarge(path: String, size: Int, limits: ReaderLimits = .standard) -> Diagnostic {
    let start = SourcePosition(line: 1, column: 1)
    return Diagnostic(
      code: .Y009, range: SourceRange(file: path, start: start, end: start),
      message: LocalizedText(
        vi: "tệp lớn \(size) byte, vượt giới hạn \(limits.maxFileBytes) byte",
        en: "the file is \(size) bytes, more than the limit of \(limits.maxFileBytes) bytes"),
      help: LocalizedText(
        vi: "mỗi tệp chỉ mô tả một thủ tục; hãy tách tệp hoặc bỏ nội dung thừa",
        en: "each file describes one procedure; split the file or remove what does not belong"))
  }
}
