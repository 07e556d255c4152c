/// A place in a source file as an author sees it.
///
/// `line` and `column` are 1-based. `column` counts Characters (extended grapheme
/// clusters) from the start of the line, so `Đ`, a decomposed `ệ` and a wide CJK
/// character each count as one column.
public struct SourcePosition: Hashable, Sendable, Comparable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}

/// A half-open range `start..<end` in one file, in author coordinates.
public struct SourceRange: Hashable, Sendable {
  /// The file's path as shown to users (relative to the working directory when possible).
  public var file: String
  public var start: SourcePosition
  public var end: SourcePosition

  public init(file: String, start: SourcePosition, end: SourcePosition) {
    self.file = file
    self.start = start
    self.end = max(start, end)
  }
}

/// A place in a source file as libyaml counts it: 0-based line, 0-based column in
/// Unicode scalars. Cheap to store on every node; turned into a `SourcePosition` only
/// when a diagnostic is made (`SourceFile.position(of:)`).
public struct Mark: Hashable, Sendable {
  public var line: Int32
  public var column: Int32

  public init(line: Int32, column: Int32) {
    self.line = line
    self.column = column
  }

  public init(line: Int, column: Int) {
    self.line = Int32(truncatingIfNeeded: line)
    self.column = Int32(truncatingIfNeeded: column)
  }
}

/// A half-open span `start..<end` of marks in one file.
public struct Span: Hashable, Sendable {
  public var start: Mark
  public var end: Mark

  public init(start: Mark, end: Mark) {
    self.start = start
    self.end = end
  }

  /// The span of a single point.
  public init(at mark: Mark) {
    self.start = mark
    self.end = mark
  }

  /// A span that starts `offset` scalars into this one's first line and covers `length` scalars.
  /// Used to point inside a scalar, e.g. at one character of a bad id.
  public func narrowed(offset: Int, length: Int) -> Span {
    let line = start.line
    let column = start.column + Int32(offset)
    return Span(start: Mark(line: line, column: column), end: Mark(line: line, column: column + Int32(length)))
  }
}
