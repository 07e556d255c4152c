import Foundation

/// What a file is to the compiler.
public enum FileRole: Sendable, Equatable {
  case catalog, agencies, sectors, calendar, procedure
}

/// One definitions tree found under a path the user named.
public struct DiscoveredTree: Sendable {
  /// The tree root as shown to users (`Procedures`, `.`, or an absolute path).
  public var root: String
  /// Files to read, sorted by path, with their role.
  public var files: [(path: String, role: FileRole)]
  /// Registry file names the root lacks.
  public var missingRegistries: [String]
  /// Whether every procedure of the tree is in `files` (the path named was the tree's root).
  public var isWhole: Bool = false
}

/// Problems that are not in the definitions but in how tthc was called (exit status 2).
public enum InputError: Error, Equatable, CustomStringConvertible {
  case notFound(String)
  case unreadable(String)

  public var description: String {
    switch self {
    case .notFound(let path): "no such file or directory: \(path)"
    case .unreadable(let path): "cannot read: \(path)"
    }
  }

  public var vietnamese: String {
    switch self {
    case .notFound(let path): "không tìm thấy tệp hoặc thư mục: \(path)"
    case .unreadable(let path): "không đọc được: \(path)"
    }
  }
}

/// Finds the definition files under each path.
///
/// A directory is a tree root: its `catalog.yaml`, `agencies.yaml`, `sectors.yaml` and
/// `calendar.yaml` are the registries, and every other `.yaml`/`.yml` file below it is a
/// procedure. A single file is checked with the registries of the nearest directory above
/// it that has a `catalog.yaml`. Hidden files and folders are skipped.
public enum FileDiscovery {
  public static let registryNames: [String: FileRole] = [
    "catalog.yaml": .catalog, "agencies.yaml": .agencies, "sectors.yaml": .sectors, "calendar.yaml": .calendar,
  ]
  static let requiredRegistries = ["agencies.yaml", "catalog.yaml", "sectors.yaml"]

  public static func discover(_ path: String) throws(InputError) -> DiscoveredTree {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path) }
    let root = trimmed(path)
    if isDirectory.boolValue {
      if FileManager.default.fileExists(atPath: join(root, "catalog.yaml")) {
        return try tree(at: root, procedures: nil)
      }
      // A folder inside a tree (e.g. one sector): its procedures, with the tree's registries.
      if let treeRoot = enclosingTree(of: root) {
        return try tree(at: treeRoot, procedures: try procedureFiles(under: root))
      }
      return try tree(at: root, procedures: nil)
    }
    // A single file: find the tree it belongs to.
    let directory = PathText.parent(of: root)
    if let treeRoot = enclosingTree(of: directory.isEmpty ? "." : directory, includingItself: true) {
      let name = PathText.name(of: root)
      if join(treeRoot, name) == root, registryNames[name] != nil {
        return try tree(at: treeRoot, procedures: [])  // a registry file: check it with its tree's registries
      }
      return try tree(at: treeRoot, procedures: [root])
    }
    return DiscoveredTree(root: directory.isEmpty ? "." : directory, files: [(root, .procedure)], missingRegistries: requiredRegistries)
  }

  /// Whether the file at `path` is read as a definition (a registry or a procedure).
  public static func isDefinitionFile(_ path: String) -> Bool {
    path.hasSuffix(".yaml") || path.hasSuffix(".yml")
  }

  /// Whether `tree` (whose files' paths are `paths`) still holds the same files, given what
  /// a watch saw change since it was found: every definition file that changed below its
  /// root is one of its files and is still there, and nothing may have been missed.
  static func holdsTheSameFiles(_ tree: DiscoveredTree, paths: Set<String>, given changes: WatchedChanges) -> Bool {
    guard tree.isWhole, changes.isComplete, changes.uncertainRoots.isEmpty else { return false }
    for path in changes.paths where WatchedChanges.isBelow(path, root: tree.root) {
      guard isDefinitionFile(path) else { continue }
      var status = stat()
      guard paths.contains(path), lstat(path, &status) == 0, (status.st_mode & S_IFMT) != S_IFDIR else { return false }
    }
    return true
  }

  /// The nearest folder above `directory` (or `directory` itself) that has a `catalog.yaml`.
  private static func enclosingTree(of directory: String, includingItself: Bool = false) -> String? {
    var candidate = includingItself ? directory : parent(of: directory)
    for _ in 0..<64 {
      guard let current = candidate else { return nil }
      if FileManager.default.fileExists(atPath: join(current, "catalog.yaml")) { return current }
      candidate = parent(of: current)
    }
    return nil
  }

  private static func parent(of directory: String) -> String? {
    if directory == "." || directory == "/" { return nil }
    let parent = PathText.parent(of: directory)
    return parent.isEmpty ? "." : parent
  }

  private static func tree(at root: String, procedures only: [String]?) throws(InputError) -> DiscoveredTree {
    var files: [(String, FileRole)] = []
    var missing: [String] = []
    for name in requiredRegistries.sorted() + ["calendar.yaml"] {
      let path = join(root, name)
      if FileManager.default.fileExists(atPath: path) {
        files.append((path, registryNames[name]!))
      } else if requiredRegistries.contains(name) {
        missing.append(name)
      }
    }
    if let only {
      for path in only where !files.contains(where: { $0.0 == path }) { files.append((path, .procedure)) }
    } else {
      files += try procedureFiles(under: root, skippingRegistries: true).map { ($0, FileRole.procedure) }
    }
    return DiscoveredTree(root: root, files: files, missingRegistries: missing, isWhole: only == nil)
  }

  /// Every `.yaml`/`.yml` file below `directory`, sorted, hidden ones skipped; with
  /// `skippingRegistries`, the registries at its top are left out. The listing comes sorted,
  /// and one folder in front of every path keeps that order.
  private static func procedureFiles(under directory: String, skippingRegistries: Bool = false) throws(InputError) -> [String] {
    guard let files = DirectoryListing.files(below: directory, skippingHidden: true) else { throw .unreadable(directory) }
    var procedures: [String] = []
    procedures.reserveCapacity(files.count)
    for relative in files where isDefinitionFile(relative) {
      // Bytes, not `String.contains`, which Foundation answers through `NSString`.
      if skippingRegistries && !relative.utf8.contains(UInt8(ascii: "/")) && registryNames[relative] != nil { continue }
      procedures.append(join(directory, relative))
    }
    return procedures
  }

  private static func trimmed(_ path: String) -> String {
    var path = path
    while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
    if path.hasPrefix("./") && path.count > 2 { path.removeFirst(2) }
    return path
  }

  /// A path below `directory` as a tree names it (without `./` when it is `.`).
  static func join(_ directory: String, _ name: String) -> String {
    directory == "." ? name : directory + "/" + name
  }
}
