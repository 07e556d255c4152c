/// Which files may have changed since a moment, as a process that watches the file system
/// knows it: a run given these changes looks at only those files (`stat`), and takes every
/// other file to be as the previous run left it.
public struct WatchedChanges: Sendable, Equatable {
  /// Files (and folders) created, written, removed, renamed or touched, named as the
  /// watched roots name them: a definitions tree's paths as shown to users, an output
  /// folder's by its absolute path.
  public var paths: Set<String>
  /// Watched roots below which changes may have been missed (a folder moved out, a root
  /// replaced, a folder that could not be watched): any file below them may have changed.
  public var uncertainRoots: Set<String>
  /// False when changes anywhere may have been missed (the event queue overflowed).
  public var isComplete: Bool

  public init(paths: Set<String> = [], uncertainRoots: Set<String> = [], isComplete: Bool = true) {
    self.paths = paths
    self.uncertainRoots = uncertainRoots
    self.isComplete = isComplete
  }

  /// Nothing is known: every file may have changed.
  public static let unknown = WatchedChanges(isComplete: false)

  public func mayHaveChanged(_ path: String) -> Bool {
    if !isComplete || paths.contains(path) { return true }
    return !uncertainRoots.isEmpty && uncertainRoots.contains { Self.isBelow(path, root: $0) }
  }

  /// Whether a file below `root` for which `matters` holds may have changed.
  public func mayHaveChanged(below root: String, where matters: (String) -> Bool = { _ in true }) -> Bool {
    if !isComplete || isUncertain(root) { return true }
    return paths.contains { Self.isBelow($0, root: root) && matters($0) }
  }

  /// The paths below `root` that may have changed, relative to it; nil when any may have.
  public func relativePaths(below root: String) -> Set<String>? {
    guard isComplete, !isUncertain(root) else { return nil }
    var relative = Set<String>()
    for path in paths where Self.isBelow(path, root: root) {
      relative.insert(root == "." ? path : String(path.utf8.dropFirst(root.utf8.count + 1))!)
    }
    return relative
  }

  /// Whether changes below `root` may have been missed: it, or a root it is below, is uncertain.
  private func isUncertain(_ root: String) -> Bool {
    uncertainRoots.contains { $0 == root || Self.isBelow(root, root: $0) }
  }

  /// The changes of both.
  public mutating func formUnion(_ other: WatchedChanges) {
    paths.formUnion(other.paths)
    uncertainRoots.formUnion(other.uncertainRoots)
    isComplete = isComplete && other.isComplete
  }

  /// Whether `path` is below `root` as the watch names them (`.` names paths without it).
  public static func isBelow(_ path: String, root: String) -> Bool {
    root == "." ? !path.hasPrefix("/") : path.hasPrefix(root) && path.utf8.dropFirst(root.utf8.count).first == UInt8(ascii: "/")
  }
}
