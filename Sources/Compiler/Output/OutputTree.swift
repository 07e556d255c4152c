import CFileSystem
import Foundation
import Generators

#if canImport(Glibc)
  import Glibc
#endif

/// The output folder as a whole: writing a set of files as its new version
/// (`OutputStaging` does the work, file by file), comparing it with what a build makes
/// (`DriftCheck`), and finishing an update a killed build left.
public enum OutputTree {
  /// What differs between the files a build makes and a folder.
  public struct Drift: Sendable, Equatable {
    public var missing: [String] = []
    public var stale: [String] = []
    public var extra: [String] = []

    public var isEmpty: Bool { missing.isEmpty && stale.isEmpty && extra.isEmpty }
  }

  public enum Failure: Error, CustomStringConvertible {
    case io(String)
    public var description: String {
      switch self {
      case .io(let message): message
      }
    }
  }

  public static func drift(of files: [OutputFile], against folder: String) -> Drift {
    guard let check = try? DriftCheck(folder: folder) else { return Drift(missing: files.map(\.path).sorted()) }
    for file in files { check.accept(file) }
    return check.finish(spliced: [])
  }

  /// Writes `files`, and the `kept` files of the current tree as they are, as the tree at
  /// `folder`; returns the stamps of `files` as they now are in it.
  ///
  /// Without kept files the whole tree is replaced in one step. With them (an incremental
  /// build) only the files whose bytes changed are moved in, and files no longer made are
  /// removed, following a journal so that an update cut short is finished by the next run.
  @discardableResult
  public static func write(
    _ files: [OutputFile], spliced: [SplicedFile] = [], keeping kept: [String] = [], to folder: String
  ) throws(Failure) -> [String: FileStamp] {
    let staging = try OutputStaging(folder: folder)
    staging.accept(all: files)
    return try staging.commit(spliced: spliced, keeping: KeptFiles(kept))
  }

  /// Finishes the in-place update a killed build left on `folder`, if any; a build runs this
  /// before it looks at the folder.
  public static func finishInterruptedUpdate(of folder: String) {
    OutputJournal.recover(withoutFinalSlash(folder))
  }

  /// Whether a killed build left an update of `folder` unfinished.
  public static func hasInterruptedUpdate(_ folder: String) -> Bool {
    FileManager.default.fileExists(atPath: OutputJournal.path(of: withoutFinalSlash(folder)))
  }

  /// The files of `target` that are neither `made` nor `kept` (kept files are in `target`,
  /// each once). Usually there are none — `target` holds exactly the kept files and some of
  /// the made ones — which counting its files shows without a path for each of them.
  static func filesToRemove(from target: String, making made: Set<String>, keeping kept: KeptFiles) -> [String] {
    let madeAndThere = made.reduce(0) { count, path in
      var status = stat()
      let isFile = lstat(target + "/" + path, &status) == 0 && (status.st_mode & S_IFMT) != S_IFDIR
      return count + (isFile ? 1 : 0)
    }
    if DirectoryListing.fileCount(below: target) == kept.count + madeAndThere { return [] }
    let listed = DirectoryListing.files(below: target, sorted: false) ?? []
    let keep = made.union(kept.paths)
    return listed.filter { !keep.contains($0) }.sorted()
  }

  /// The stamp of `path` when it is a regular file (not a link to one) holding exactly `bytes`.
  static func stamp(ifHolding bytes: [UInt8], at path: String) -> FileStamp? {
    guard let stamp = FileStamp.of(path, following: false), stamp.size == bytes.count, FileReader.holds(bytes, at: path)
    else { return nil }
    return stamp
  }

  static func withoutFinalSlash(_ folder: String) -> String {
    folder.hasSuffix("/") ? String(folder.dropLast()) : folder
  }

  static func join(_ parent: String, _ name: String) -> String {
    parent.isEmpty ? name : parent + "/" + name
  }
}
