import Diagnostics

#if canImport(Glibc)
  import Glibc
#endif

/// A parsed file: an arena of nodes with positions, and its root.
///
/// An alias is the node it names, shared, so an anchored subtree is stored once however
/// often it is used; the reader has already checked that expanding every alias stays
/// within its budget.
///
/// A class, so that the readers that walk it share one reference instead of copying its
/// arrays' references.
public final class YAMLDocument: Sendable {
  public let source: SourceFile
  public let nodes: [YAMLNode]
  @usableFromInline let childIndices: [Int32]
  /// The UTF-8 text of every scalar, one after another.
  @usableFromInline let textBytes: [UInt8]
  /// The top-level node, always a mapping when reading succeeded.
  public let root: NodeID

  init(source: SourceFile, nodes: [YAMLNode], childIndices: [Int32], textBytes: [UInt8], root: NodeID) {
    self.source = source
    self.nodes = nodes
    self.childIndices = childIndices
    self.textBytes = textBytes
    self.root = root
  }

  @inlinable public subscript(id: NodeID) -> YAMLNode { nodes[Int(id.index)] }

  @inlinable public func kind(_ id: NodeID) -> NodeKind { nodes[Int(id.index)].kind }
  @inlinable public func span(_ id: NodeID) -> Span { nodes[Int(id.index)].span }
  /// A scalar's text after YAML unescaping and folding; empty for collections.
  public func text(_ id: NodeID) -> String {
    let node = nodes[Int(id.index)]
    guard node.textLength > 0 else { return "" }
    return textBytes.withUnsafeBufferPointer { buffer in
      String(decoding: UnsafeBufferPointer(rebasing: buffer[Int(node.textStart)..<Int(node.textStart + node.textLength)]), as: UTF8.self)
    }
  }

  /// Whether a scalar's text is exactly `text`, compared as bytes without making a String.
  public func text(_ id: NodeID, equals text: String) -> Bool {
    let node = nodes[Int(id.index)]
    let length = Int(node.textLength)
    guard text.utf8.count == length else { return false }
    guard length > 0 else { return true }
    var wanted = text
    return wanted.withUTF8 { wanted in
      textBytes.withUnsafeBufferPointer { buffer in
        memcmp(buffer.baseAddress! + Int(node.textStart), wanted.baseAddress!, length) == 0
      }
    }
  }

  /// A scalar's text in one integer: its length (up to 255) in the low byte, then its first
  /// seven bytes. Two texts of up to seven bytes are equal exactly when their signatures are.
  @inlinable public func textSignature(_ id: NodeID) -> UInt64 {
    let node = nodes[Int(id.index)]
    return textBytes.withUnsafeBufferPointer { buffer in
      Self.signature(UnsafeBufferPointer(rebasing: buffer[Int(node.textStart)..<Int(node.textStart + node.textLength)]))
    }
  }

  /// The signature (see `textSignature(_:)`) of `text`.
  public static func textSignature(of text: String) -> UInt64 {
    var text = text
    return text.withUTF8(signature)
  }

  @usableFromInline static func signature(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var signature = UInt64(min(bytes.count, 255))
    for index in 0..<min(bytes.count, 7) { signature |= UInt64(bytes[index]) << (8 * (index + 1)) }
    return signature
  }

  /// Whether a scalar's text is empty.
  @inlinable public func isEmptyText(_ id: NodeID) -> Bool { nodes[Int(id.index)].textLength == 0 }

  /// The items of a sequence (empty for other kinds).
  @inlinable public func items(_ id: NodeID) -> NodeList {
    let node = nodes[Int(id.index)]
    guard node.kind == .sequence else { return NodeList(indices: childIndices[0..<0]) }
    let start = Int(node.firstChild)
    return NodeList(indices: childIndices[start..<start + Int(node.childCount)])
  }

  /// The key and value of each entry of a mapping, in file order (empty for other kinds).
  @inlinable public func entries(_ id: NodeID) -> EntryList {
    let node = nodes[Int(id.index)]
    guard node.kind == .mapping else { return EntryList(indices: childIndices[0..<0]) }
    let start = Int(node.firstChild)
    return EntryList(indices: childIndices[start..<start + Int(node.childCount)])
  }
}

/// The children of a sequence.
public struct NodeList: RandomAccessCollection, Sendable {
  @usableFromInline let indices: ArraySlice<Int32>
  @inlinable init(indices: ArraySlice<Int32>) { self.indices = indices }
  @inlinable public var startIndex: Int { 0 }
  @inlinable public var endIndex: Int { indices.count }
  @inlinable public subscript(position: Int) -> NodeID { NodeID(indices[indices.startIndex + position]) }
}

/// The entries of a mapping.
public struct EntryList: RandomAccessCollection, Sendable {
  @usableFromInline let indices: ArraySlice<Int32>
  @inlinable init(indices: ArraySlice<Int32>) { self.indices = indices }
  @inlinable public var startIndex: Int { 0 }
  @inlinable public var endIndex: Int { indices.count / 2 }
  @inlinable public subscript(position: Int) -> (key: NodeID, value: NodeID) {
    let base = indices.startIndex + position * 2
    return (NodeID(indices[base]), NodeID(indices[base + 1]))
  }
}
