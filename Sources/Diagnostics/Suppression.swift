import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `# tthc: ignore[CODE, CODE] reason` in a source file: the diagnostics with those codes that
/// start on the comment's line — or, for a comment alone on its line, on the next line — are
/// not reported. A suppression needs a reason, names registered codes, and must suppress
/// something; otherwise it is reported itself.
public struct Suppression: Sendable, Hashable {
  public var codes: [String]
  public var reason: String
  /// The comment's 1-based line, and the line it covers besides (the next one when the comment
  /// is alone on its line).
  public var line: Int
  public var coversNextLine: Bool
  /// Where the comment is written, for reporting the suppression itself.
  public var range: SourceRange

  static let marker = "# tthc: ignore["

  public init(codes: [String], reason: String, line: Int, coversNextLine: Bool, range: SourceRange) {
    self.codes = codes
    self.reason = reason
    self.line = line
    self.coversNextLine = coversNextLine
    self.range = range
  }

  /// Every suppression comment in a file. A plain byte search finds candidates; only lines
  /// that contain the marker are decoded.
  public static func find(in file: SourceFile) -> [Suppression] {
    let needle = Array(marker.utf8)
    guard file.bytes.count >= needle.count, contains(file.bytes, needle) else { return [] }
    var found: [Suppression] = []
    for lineIndex in 0..<file.lineCount {
      let bytes = file.lineBytes(lineIndex)
      guard contains(Array(bytes), needle) else { continue }
      let text = String(decoding: bytes, as: UTF8.self)
      guard let start = text.range(of: marker) else { continue }
      // A YAML comment starts the line or follows a blank.
      let before = text[..<start.lowerBound]
      guard before.isEmpty || before.last == " " || before.last == "\t" else { continue }
      let afterMarker = text[start.upperBound...]
      guard let close = afterMarker.firstIndex(of: "]") else { continue }
      let codes = afterMarker[..<close].split(separator: ",").map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
      let reason = afterMarker[afterMarker.index(after: close)...].trimmingCharacters(in: " \t")
      let column = text[..<start.lowerBound].count + 1
      let position = SourcePosition(line: lineIndex + 1, column: column)
      let end = SourcePosition(line: lineIndex + 1, column: text.count + 1)
      found.append(Suppression(
        codes: codes, reason: reason, line: lineIndex + 1,
        coversNextLine: before.allSatisfy { $0 == " " || $0 == "\t" },
        range: SourceRange(file: file.path, start: position, end: end)))
    }
    return found
  }

  /// Whether this comment silences `diagnostic`.
  public func covers(_ diagnostic: Diagnostic) -> Bool {
    guard diagnostic.range.file == range.file, codes.contains(diagnostic.code.rawValue), !reason.isEmpty,
      DiagnosticCode(rawValue: diagnostic.code.rawValue) != nil
    else { return false }
    let line = diagnostic.range.start.line
    return line == self.line || (coversNextLine && line == self.line + 1)
  }

  /// Removes what the suppressions cover and reports suppressions that are unused, have no
  /// reason or name unknown codes.
  public static func apply(_ suppressions: [Suppression], to diagnostics: [Diagnostic]) -> [Diagnostic] {
    var used = Set<Suppression>()
    var kept: [Diagnostic] = []
    for diagnostic in diagnostics {
      if let suppression = suppressions.first(where: { $0.covers(diagnostic) }) {
        used.insert(suppression)
      } else {
        kept.append(diagnostic)
      }
    }
    for suppression in suppressions {
      let unknown = suppression.codes.filter { DiagnosticCode(rawValue: $0) == nil }
      if !unknown.isEmpty {
        kept.append(Diagnostic(
          code: .I003, range: suppression.range,
          message: LocalizedText(
            vi: "không có mã \(unknown.joined(separator: ", ")) để bỏ qua", en: "there is no code \(unknown.joined(separator: ", ")) to suppress"),
          help: LocalizedText(vi: "xem các mã bằng tthc rules", en: "list the codes with tthc rules")))
      } else if suppression.reason.isEmpty {
        kept.append(Diagnostic(
          code: .I002, range: suppression.range,
          message: LocalizedText(vi: "chú thích bỏ qua cần nêu lý do", en: "a suppression needs a reason"),
          help: LocalizedText(
            vi: "viết lý do sau dấu \"]\", ví dụ: # tthc: ignore[W004] thời hạn theo Quyết định 123/QĐ-UBND",
            en: "write the reason after \"]\", e.g. # tthc: ignore[W004] deadline set by Decision 123/QĐ-UBND")))
      } else if !used.contains(suppression) {
        kept.append(Diagnostic(
          code: .I001, range: suppression.range,
          message: LocalizedText(
            vi: "không có lỗi \(suppression.codes.joined(separator: ", ")) nào để bỏ qua ở đây",
            en: "there is no \(suppression.codes.joined(separator: ", ")) here to suppress"),
          help: LocalizedText(
            vi: "xóa chú thích này: lỗi nó bỏ qua đã được sửa", en: "remove this comment: what it suppressed is fixed")))
      }
    }
    return kept
  }

  /// Whether `needle` occurs in `haystack`: `memchr` jumps to each candidate first byte (a
  /// `#`, rare in a file), `memcmp` compares the rest.
  private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard let first = needle.first, haystack.count >= needle.count else { return false }
    return haystack.withUnsafeBytes { hay in
      needle.withUnsafeBytes { pin in
        let base = hay.baseAddress!
        let last = hay.count - pin.count  // the last offset the needle can start at
        var offset = 0
        while offset <= last, let found = memchr(base + offset, Int32(first), last - offset + 1) {
          let at = base.distance(to: UnsafeRawPointer(found))
          if memcmp(base + at, pin.baseAddress!, pin.count) == 0 { return true }
          offset = at + 1
        }
        return false
      }
    }
  }
}

extension StringProtocol {
  fileprivate func trimmingCharacters(in set: String) -> String {
    var text = Substring(self)
    while let first = text.first, set.contains(first) { text.removeFirst() }
    while let last = text.last, set.contains(last) { text.removeLast() }
    return String(text)
  }
}
