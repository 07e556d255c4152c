import Foundation
import Generators

#if canImport(Glibc)
  import Glibc
#endif

/// Compares each file a build makes with the output folder as soon as it is made (the CI
/// drift gate), so that nothing generated waits in memory; writes nothing.
public final class DriftCheck: OutputSink, @unchecked Sendable {
  public let folder: String
  private let onDisk: Set<String>
  private let spool: EntrySpool
  private let lock = NSLock()
  private var made: Set<String> = []
  private var drift = OutputTree.Drift()

  /// Lists the folder (a missing folder has every file missing); fails when no working file
  /// for the catalog's entries can be made.
  public init(folder: String) throws(OutputTree.Failure) {
    self.folder = OutputTree.withoutFinalSlash(folder)
    onDisk = Set(DirectoryListing.files(below: self.folder, sorted: false) ?? [])
    let parent = PathText.parent(of: self.folder)
    guard let spool = EntrySpool(folder: parent.isEmpty ? "." : parent) ?? EntrySpool(folder: NSTemporaryDirectory()) else {
      throw .io("cannot compare \(self.folder): cannot create a working file")
    }
    self.spool = spool
  }

  public func accept(_ file: OutputFile) {
    let present = onDisk.contains(file.path)
    let current = present && FileReader.holds(file.bytes, at: folder + "/" + file.path)
    lock.withLock {
      made.insert(file.path)
      if !present {
        drift.missing.append(file.path)
      } else if !current {
        drift.stale.append(file.path)
      }
    }
  }

  public func keep(entry: [UInt8]) -> SplicedFile.Piece { .entry(spool.append(entry)) }

  public func reset() {
    lock.withLock {
      made = []
      drift = OutputTree.Drift()
    }
    spool.reset()
  }

  /// How many files were compared.
  public var count: Int { lock.withLock { made.count } }

  /// What differs, once every file was accepted and `spliced` are the build's spliced files.
  public func finish(spliced: [SplicedFile]) -> OutputTree.Drift {
    for file in spliced {
      let current = onDisk.contains(file.path) ? open(folder + "/" + file.path, O_RDONLY | O_CLOEXEC) : -1
      let held = current >= 0 && file.isHeld(by: current, entries: spool.descriptor)
      if current >= 0 { close(current) }
      lock.withLock {
        made.insert(file.path)
        if current < 0 {
          drift.missing.append(file.path)
        } else if !held {
          drift.stale.append(file.path)
        }
      }
    }
    return lock.withLock {
      var result = drift
      result.missing.sort()
      result.stale.sort()
      result.extra = onDisk.filter { !made.contains($0) }.sorted()
      return result
    }
  }
}
