import Decoding
import Diagnostics
import Foundation
import Model
import Semantics
import YAMLReader

/// What one file gives on its own: its source, what it decoded to, and its diagnostics.
/// Files are checked independently of each other, so they can be checked in parallel.
struct FileCheck: Sendable {
  enum Decoded: Sendable {
    case catalog(Catalog)
    case agencies(AgencyRegistry)
    case sectors(SectorRegistry)
    case calendar(CalendarDefinition)
    case procedure(Procedure)
    case nothing
  }

  var source: SourceFile?
  var decoded: Decoded
  var diagnostics: [Diagnostic]
  /// For a decoded procedure, what the whole-tree checks need once the model is let go.
  var summary: ProcedureSummary?
  /// The file's `# tthc: ignore[…]` comments, applied once every diagnostic is known.
  var suppressions: [Suppression] = []
  /// What the cache keeps of a procedure file, when the run uses a cache.
  var record: CachedFile?
  /// Whether everything above came from the cache rather than from checking the file.
  var fromCache = false
  /// Whether `record` is the cache's record as it was (the file's stamp proved it unchanged).
  var recordUnchanged = false

  static func run(path: String, role: FileRole, limits: ReaderLimits) -> FileCheck {
    run(path: path, read: FileReader.read(path, limit: limits.maxFileBytes), role: role, limits: limits)
  }

  /// Checks a file whose reading has been attempted already.
  static func run(path: String, read: FileReader.Outcome, role: FileRole, limits: ReaderLimits) -> FileCheck {
    let bytes: [UInt8]
    switch read {
    case .bytes(let read):
      bytes = read
    case .tooLarge(let size):
      return FileCheck(source: nil, decoded: .nothing, diagnostics: [YAMLReader.fileTooLarge(path: path, size: size, limits: limits)])
    case .unreadable:
      let start = SourcePosition(line: 1, column: 1)
      return FileCheck(source: nil, decoded: .nothing, diagnostics: [Diagnostic(
        code: .Y015, range: SourceRange(file: path, start: start, end: start),
        message: LocalizedText(vi: "không đọc được tệp", en: "the file cannot be read"),
        help: LocalizedText(
          vi: "kiểm tra rằng đây là một tệp và có quyền đọc", en: "check that it is a file and that it may be read"))])
    }
    let source = SourceFile(path: path, bytes: bytes)
    var check = run(source: source, role: role, limits: limits)
    check.suppressions = Suppression.find(in: source)
    return check
  }

  static func run(source: SourceFile, role: FileRole, limits: ReaderLimits) -> FileCheck {
    let read = YAMLReader.read(source, limits: limits)
    guard let document = read.document else {
      return FileCheck(source: source, decoded: .nothing, diagnostics: read.diagnostics)
    }
    var diagnostics = read.diagnostics
    let decoded: Decoded
    switch role {
    case .procedure:
      let (procedure, found) = ProcedureDecoder.decode(document)
      diagnostics += found
      decoded = procedure.map(Decoded.procedure) ?? .nothing
    case .catalog:
      let (catalog, found) = RegistryDecoder.catalog(document)
      diagnostics += found
      decoded = catalog.map(Decoded.catalog) ?? .nothing
    case .agencies:
      let (agencies, found) = RegistryDecoder.agencies(document)
      diagnostics += found
      decoded = agencies.map(Decoded.agencies) ?? .nothing
    case .sectors:
      let (sectors, found) = RegistryDecoder.sectors(document)
      diagnostics += found
      decoded = sectors.map(Decoded.sectors) ?? .nothing
    case .calendar:
      let (calendar, found) = RegistryDecoder.calendar(document)
      diagnostics += found
      if let calendar { diagnostics += CalendarChecker.check(calendar) }
      decoded = calendar.map(Decoded.calendar) ?? .nothing
    }
    return FileCheck(source: source, decoded: decoded, diagnostics: diagnostics)
  }
}
