import Diagnostics
import Semantics

/// What the cache keeps of one procedure file between runs: how to recognise the file again
/// (its stamp and the digest of its bytes), everything checking it gave, and — after a
/// build — where its generated files are.
///
/// What checking gave is held in one shared box, never changed once made: a national tree's
/// 125,000 records are copied on every run (taken over, collected, saved), and a copy then
/// costs one reference instead of one per array and string.
public struct CachedFile: Sendable {
  public var path: String
  public var stamp: FileStamp
  /// False when the file was written too close to being read for its stamp to prove it
  /// unchanged; the next run then compares digests.
  public var stampTrusted: Bool
  public var digest: ContentDigest
  private let checked: Checked
  public var outputs: CachedOutputs?

  public var diagnostics: [Diagnostic] { checked.diagnostics }
  public var suppressions: [Suppression] { checked.suppressions }
  public var summary: ProcedureSummary? { checked.summary }

  public init(
    path: String, stamp: FileStamp, stampTrusted: Bool, digest: ContentDigest, diagnostics: [Diagnostic],
    suppressions: [Suppression], summary: ProcedureSummary?, outputs: CachedOutputs?
  ) {
    self.path = path
    self.stamp = stamp
    self.stampTrusted = stampTrusted
    self.digest = digest
    self.checked = Checked(diagnostics: diagnostics, suppressions: suppressions, summary: summary)
    self.outputs = outputs
  }

  private final class Checked: Sendable {
    let diagnostics: [Diagnostic]
    let suppressions: [Suppression]
    let summary: ProcedureSummary?

    init(diagnostics: [Diagnostic], suppressions: [Suppression], summary: ProcedureSummary?) {
      self.diagnostics = diagnostics
      self.suppressions = suppressions
      self.summary = summary
    }
  }
}

/// The generated files of one procedure as the last build left them.
public struct CachedOutputs: Sendable, Equatable {
  /// Each file's path inside the output folder and its stamp once written.
  public var files: [CachedOutputFile]
  /// Where the procedure's entry lies in `catalog.json`, in bytes.
  public var catalogEntry: Range<Int>
}

public struct CachedOutputFile: Sendable, Equatable {
  public var path: String
  /// Nil until the file is written; a record is saved with its outputs only when every
  /// output has a stamp.
  public var stamp: FileStamp?
}

extension CachedFile {
  func encode(into writer: inout ByteWriter) {
    writer.string(path)
    writer.stamp(stamp)
    writer.bool(stampTrusted)
    writer.digest(digest)
    writer.count(diagnostics.count)
    for diagnostic in diagnostics { writer.diagnostic(diagnostic) }
    writer.count(suppressions.count)
    for suppression in suppressions {
      writer.count(suppression.codes.count)
      for code in suppression.codes { writer.string(code) }
      writer.string(suppression.reason)
      writer.integer(Int64(suppression.line))
      writer.bool(suppression.coversNextLine)
      writer.range(suppression.range)
    }
    writer.bool(summary != nil)
    if let summary {
      writer.string(summary.code)
      writer.range(summary.codeRange)
    }
    // Outputs are kept only when every file's stamp is known (all were written).
    let stamped = outputs.flatMap { outputs in outputs.files.allSatisfy { $0.stamp != nil } ? outputs : nil }
    writer.bool(stamped != nil)
    if let outputs = stamped {
      writer.count(outputs.files.count)
      for file in outputs.files {
        writer.string(file.path)
        writer.stamp(file.stamp!)
      }
      writer.count(outputs.catalogEntry.lowerBound)
      writer.count(outputs.catalogEntry.count)
    }
  }

  static func decode(from reader: inout ByteReader) throws(ByteReader.Damaged) -> CachedFile {
    let path = try reader.string()
    let stamp = try reader.stamp()
    let trusted = try reader.bool()
    let digest = try reader.digest()
    var diagnostics: [Diagnostic] = []
    for _ in 0..<(try reader.count()) { diagnostics.append(try reader.diagnostic(in: path)) }
    var suppressions: [Suppression] = []
    for _ in 0..<(try reader.count()) {
      var codes: [String] = []
      for _ in 0..<(try reader.count()) { codes.append(try reader.string()) }
      suppressions.append(Suppression(
        codes: codes, reason: try reader.string(), line: try reader.int(), coversNextLine: try reader.bool(),
        range: try reader.range(in: path)))
    }
    var summary: ProcedureSummary?
    if try reader.bool() { summary = ProcedureSummary(code: try reader.string(), codeRange: try reader.range(in: path)) }
    var outputs: CachedOutputs?
    if try reader.bool() {
      var files: [CachedOutputFile] = []
      for _ in 0..<(try reader.count()) { files.append(CachedOutputFile(path: try reader.string(), stamp: try reader.stamp())) }
      let start = Int(try reader.unsigned() & 0xFFFF_FFFF_FFFF)
      let length = Int(try reader.unsigned() & 0xFFFF_FFFF_FFFF)
      outputs = CachedOutputs(files: files, catalogEntry: start..<start + length)
    }
    return CachedFile(
      path: path, stamp: stamp, stampTrusted: trusted, digest: digest, diagnostics: diagnostics,
      suppressions: suppressions, summary: summary, outputs: outputs)
  }
}

extension ByteWriter {
  mutating func stamp(_ stamp: FileStamp) {
    unsigned(stamp.device)
    unsigned(stamp.inode)
    integer(stamp.size)
    integer(stamp.modified)
    integer(stamp.modifiedNanoseconds)
    integer(stamp.changed)
    integer(stamp.changedNanoseconds)
  }

  mutating func range(_ range: SourceRange) {
    string(range.file)
    integer(Int64(range.start.line))
    integer(Int64(range.start.column))
    integer(Int64(range.end.line))
    integer(Int64(range.end.column))
  }

  mutating func text(_ text: LocalizedText) {
    string(text.vi)
    string(text.en)
  }

  mutating func diagnostic(_ diagnostic: Diagnostic) {
    string(diagnostic.code.rawValue)
    string(diagnostic.severity.rawValue)
    range(diagnostic.range)
    text(diagnostic.message)
    bool(diagnostic.help != nil)
    if let help = diagnostic.help { text(help) }
    count(diagnostic.notes.count)
    for note in diagnostic.notes {
      bool(note.range != nil)
      if let noteRange = note.range { range(noteRange) }
      text(note.message)
    }
  }
}

extension ByteReader {
  mutating func stamp() throws(Damaged) -> FileStamp {
    FileStamp(
      device: try unsigned(), inode: try unsigned(), size: try integer(), modified: try integer(),
      modifiedNanoseconds: try integer(), changed: try integer(), changedNanoseconds: try integer())
  }

  /// A range, its file given as `file` when it is that one (most are).
  mutating func range(in file: String) throws(Damaged) -> SourceRange {
    let file = try string(knownAs: file)
    let start = SourcePosition(line: try int(), column: try int())
    return SourceRange(file: file, start: start, end: SourcePosition(line: try int(), column: try int()))
  }

  mutating func text() throws(Damaged) -> LocalizedText {
    LocalizedText(vi: try string(), en: try string())
  }

  /// A diagnostic of the file at `file` (its ranges mostly in that file).
  mutating func diagnostic(in file: String) throws(Damaged) -> Diagnostic {
    guard let code = DiagnosticCode(rawValue: try string()), let severity = Severity(rawValue: try string()) else {
      throw Damaged()
    }
    let place = try range(in: file)
    let message = try text()
    let help: LocalizedText? = try bool() ? try text() : nil
    var notes: [DiagnosticNote] = []
    for _ in 0..<(try count()) {
      let noteRange: SourceRange? = try bool() ? try range(in: file) : nil
      notes.append(DiagnosticNote(range: noteRange, message: try text()))
    }
    return Diagnostic(code: code, severity: severity, range: place, message: message, help: help, notes: notes)
  }
}
