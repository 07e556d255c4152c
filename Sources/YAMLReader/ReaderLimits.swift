/// Fixed bounds that keep a hostile file from exhausting time or memory.
public struct ReaderLimits: Sendable {
  /// Largest file read, in bytes. A procedure is typically 5–20 KB.
  public var maxFileBytes: Int
  /// Deepest nesting of sequences and mappings. A procedure nests about 6 deep.
  public var maxDepth: Int
  /// Most nodes the document may hold with every alias expanded ("billion laughs" guard).
  public var maxExpandedNodes: Int

  public init(maxFileBytes: Int = 1 << 20, maxDepth: Int = 64, maxExpandedNodes: Int = 100_000) {
    self.maxFileBytes = maxFileBytes
    self.maxDepth = maxDepth
    self.maxExpandedNodes = maxExpandedNodes
  }

  public static let standard = ReaderLimits()
}
