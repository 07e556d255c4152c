#if canImport(Glibc)
  import Glibc
#endif

/// The versions of spliced files (the catalog) that an update replaced, kept so that the next
/// update writes over them instead of making new files.
///
/// A national catalog is about a gigabyte. Written as a new file, it needs new pages and
/// blocks, and the old file's are freed when it goes: at 125,000 procedures putting the
/// files in place took 0.43–1.70 s (the most when new pages waited for memory still being
/// written back) and freeing the old catalog 0.17–0.26 s more, against 0.33–0.49 s and
/// nothing to free when writing over a spare (docs/performance.md). The old version gets a
/// second name here before it is replaced, so replacing it frees nothing; the next update
/// moves it to the staging folder and writes over it.
///
/// A spare is only written over when it is a regular file with no other name: one still
/// linked to the output folder (an update stopped between the two steps) is dropped, never
/// written through. The folder is the cache's (`IncrementalBuild.spares`), so it is never
/// committed, and deleting it only costs the next update its speed.
public struct SpareFiles: Sendable {
  public let folder: String

  public init(folder: String) { self.folder = folder }

  /// Where the spare of the generated file at `path` (relative to the output folder) is kept.
  func spare(of path: String) -> String {
    folder + "/" + path.split(separator: "/", omittingEmptySubsequences: false).joined(separator: "%2F")
  }

  /// Moves the spare of `path` to `destination` and opens it for writing from its start;
  /// -1, and nothing left at `destination`, when there is no spare fit to be written over
  /// (or it is on another file system).
  func adopt(_ path: String, as destination: String) -> Int32 {
    guard rename(spare(of: path), destination) == 0 else { return -1 }
    let descriptor = open(destination, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
    var status = stat()
    if descriptor >= 0, fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_nlink == 1 {
      return descriptor
    }
    if descriptor >= 0 { close(descriptor) }
    unlink(destination)
    return -1
  }

  /// Gives `replaced`, a file about to be replaced, a second name as the spare of `path`;
  /// false when it cannot (another file system, no cache folder), and replacing it then
  /// frees it.
  @discardableResult
  func keep(_ replaced: String, as path: String) -> Bool {
    let spare = spare(of: path)
    unlink(spare)
    if link(replaced, spare) == 0 { return true }
    // The folder and its parent are made, not the cache folder above them: that one is made
    // by the cache, with the marks that keep it out of git and backups.
    guard errno == ENOENT else { return false }
    mkdir(PathText.parent(of: folder), 0o755)
    mkdir(folder, 0o755)
    return link(replaced, spare) == 0
  }
}
