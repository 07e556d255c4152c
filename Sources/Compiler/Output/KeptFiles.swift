/// The files of the current output folder that an update takes over as they are.
///
/// A national tree keeps 625,000 of them, and an update after one change needs only their
/// number (to see that the folder holds nothing else); their paths are listed only when
/// needed — to link them into a new tree, or to tell strays apart from them. So they are held
/// as the records' lists of output files, taken over whole, rather than as a path each.
public struct KeptFiles: Sendable {
  public let count: Int
  private let groups: [[CachedOutputFile]]

  public init(_ paths: [String] = []) {
    self.init(groups: [paths.map { CachedOutputFile(path: $0, stamp: nil) }])
  }

  /// The files of cache records' outputs, one list per record.
  init(groups: [[CachedOutputFile]]) {
    count = groups.reduce(0) { $0 + $1.count }
    self.groups = groups
  }

  public var isEmpty: Bool { count == 0 }

  /// Every kept file's path, in no particular order.
  public var paths: [String] {
    var all: [String] = []
    all.reserveCapacity(count)
    for group in groups {
      for file in group { all.append(file.path) }
    }
    return all
  }
}
