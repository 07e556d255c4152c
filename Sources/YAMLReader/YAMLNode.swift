import Diagnostics

/// The index of a node in its document's arena.
public struct NodeID: Hashable, Sendable {
  public let index: Int32
  @inlinable init(_ index: Int32) { self.index = index }
}

/// The three kinds of YAML node; aliases are resolved to the node they name.
public enum NodeKind: UInt8, Sendable {
  case scalar
  case sequence
  case mapping
}

/// How a scalar was written. The text is never typed by its look: the schema decides.
public enum ScalarStyle: UInt8, Sendable {
  case plain
  case singleQuoted
  case doubleQuoted
  case literal
  case folded

  /// Whether the author wrote quotes, a `|` or a `>`.
  public var isQuotedOrBlock: Bool { self != .plain }
}

/// One node: its kind, where it is, its scalar text and style, and its children.
///
/// Nodes are plain values in one array per document; a scalar's text is a range of the
/// document's text buffer and children are a range of its index array, so a node holds no
/// references and reading a file allocates per file, not per node.
public struct YAMLNode: Sendable {
  public var kind: NodeKind
  /// For scalars, how they were written; `.plain` for collections.
  public var style: ScalarStyle
  /// Whether a collection was written in flow style (`[a, b]`, `{a: 1}`).
  public var isFlow: Bool
  /// From the first character of the node to just after its last.
  public var span: Span
  /// The scalar's text (after YAML unescaping and folding) in the document's text buffer.
  @usableFromInline var textStart: Int32
  @usableFromInline var textLength: Int32
  /// Children: for a sequence its items, for a mapping key, value, key, value…
  @usableFromInline var firstChild: Int32
  @usableFromInline var childCount: Int32
}
