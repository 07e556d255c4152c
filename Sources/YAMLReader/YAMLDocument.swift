import Diagnostics

/// A parsed file: an arena of nodes with positions, and its root.
///
/// An alias is the node it names, shared, so an anchored subtree is stored once however
/// often it is used; the reader has already checked that expanding every alias stays
/// within its budget.
public struct YAMLDocument: Sendable {
  public let source: SourceFile
  public let nodes: [YAMLNode]
  let childIndices: [Int32]
  /// The top-level node, always a mapping when reading succeeded.
  public let root: NodeID

  init(source: SourceFile, nodes: [YAMLNode], childIndices: [Int32], root: NodeID) {
    self.source = source
    self.nodes = nodes
    self.childIndices = childIndices
    self.root = root
  }

  public subscript(id: NodeID) -> YAMLNode { nodes[Int(id.index)] }

  public func kind(_ id: NodeID) -> NodeKind { nodes[Int(id.index)].kind }
  public func span(_ id: NodeID) -> Span { nodes[Int(id.index)].span }
  public func text(_ id: NodeID) -> String { nodes[Int(id.index)].text }

  /// The items of a sequence (empty for other kinds).
  public func items(_ id: NodeID) -> NodeList {
    let node = nodes[Int(id.index)]
    guard node.kind == .sequence else { return NodeList(indices: childIndices[0..<0]) }
    let start = Int(node.firstChild)
    return NodeList(indices: childIndices[start..<start + Int(node.childCount)])
  }

  /// The key and value of each entry of a mapping, in file order (empty for other kinds).
  public func entries(_ id: NodeID) -> EntryList {
    let node = nodes[Int(id.index)]
    guard node.kind == .mapping else { return EntryList(indices: childIndices[0..<0]) }
    let start = Int(node.firstChild)
    return EntryList(indices: childIndices[start..<start + Int(node.childCount)])
  }
}

/// The children of a sequence.
public struct NodeList: RandomAccessCollection, Sendable {
  let indices: ArraySlice<Int32>
  public var startIndex: Int { 0 }
  public var endIndex: Int { indices.count }
  public subscript(position: Int) -> NodeID { NodeID(indices[indices.startIndex + position]) }
}

/// The entries of a mapping.
public struct EntryList: RandomAccessCollection, Sendable {
  let indices: ArraySlice<Int32>
  public var startIndex: Int { 0 }
  public var endIndex: Int { indices.count / 2 }
  public subscript(position: Int) -> (key: NodeID, value: NodeID) {
    let base = indices.startIndex + position * 2
    return (NodeID(indices[base]), NodeID(indices[base + 1]))
  }
}
