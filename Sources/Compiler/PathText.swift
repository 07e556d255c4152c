/// The parts of a path written with `/`, as `NSString`'s `deletingLastPathComponent` and
/// `lastPathComponent` give them — which, in Foundation on Linux, stop the process on a
/// one-letter relative name such as `G` (`tthc build --out G`).
public enum PathText {
  /// The path without its last component: "" for a bare name, "/" for a name at the root.
  public static func parent(of path: String) -> String {
    let trimmed = withoutFinalSlashes(path)
    guard let slash = trimmed.lastIndex(of: "/") else { return "" }
    let parent = withoutFinalSlashes(String(trimmed[..<slash]))
    return parent.isEmpty ? "/" : parent
  }

  /// The last component ("/" for the root itself).
  public static func name(of path: String) -> String {
    let trimmed = withoutFinalSlashes(path)
    guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
    let name = String(trimmed[trimmed.index(after: slash)...])
    return name.isEmpty ? "/" : name
  }

  private static func withoutFinalSlashes(_ path: String) -> String {
    var path = Substring(path)
    while path.count > 1 && path.hasSuffix("/") { path = path.dropLast() }
    return String(path)
  }
}
