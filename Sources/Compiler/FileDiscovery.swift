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
      return try tree(at: root, procedures: nil)
    }
    // A single file: find the tree it belongs to.
    let directory = (root as NSString).deletingLastPathComponent
    var candidate = directory.isEmpty ? "." : directory
    for _ in 0..<32 {
      if FileManager.default.fileExists(atPath: join(candidate, "catalog.yaml")) {
        return try tree(at: candidate, procedures: [root])
      }
      let parent = (candidate as NSString).deletingLastPathComponent
      if parent.isEmpty || parent == candidate || candidate == "." { break }
      candidate = parent
    }
    return DiscoveredTree(root: directory.isEmpty ? "." : directory, files: [(root, .procedure)], missingRegistries: requiredRegistries)
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
      guard let walker = FileManager.default.enumerator(atPath: root) else { throw .unreadable(root) }
      var procedures: [String] = []
      while let relative = walker.nextObject() as? String {
        let name = (relative as NSString).lastPathComponent
        if name.hasPrefix(".") {
          walker.skipDescendants()
          continue
        }
        guard name.hasSuffix(".yaml") || name.hasSuffix(".yml") else { continue }
        if !relative.contains("/") && registryNames[name] != nil { continue }
        procedures.append(join(root, relative))
      }
      files += procedures.sorted().map { ($0, FileRole.procedure) }
    }
    return DiscoveredTree(root: root, files: files, missingRegistries: missing)
  }

  private static func trimmed(_ path: String) -> String {
    var path = path
    while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
    if path.hasPrefix("./") && path.count > 2 { path.removeFirst(2) }
    return path
  }

  private static func join(_ directory: String, _ name: String) -> String {
    directory == "." ? name : directory + "/" + name
  }
}
