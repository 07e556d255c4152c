import Foundation
import Generators

/// Where a build puts each file as soon as it is made, from many workers at once: a staging
/// folder (`OutputStaging`), a comparison with the output folder (`DriftCheck`), or memory
/// (`CollectedOutput`). Nothing generated has to wait in memory for the rest of the tree.
public protocol OutputSink: AnyObject, Sendable {
  /// Takes one generated file.
  func accept(_ file: OutputFile)
  /// Keeps one catalog entry until the catalog is laid out; the piece that stands for it.
  func keep(entry: [UInt8]) -> SplicedFile.Piece
  /// Forgets everything accepted so far (the build starts again).
  func reset()
}

/// Keeps every file in memory: for trees small enough, and for tests.
public final class CollectedOutput: OutputSink, @unchecked Sendable {
  private let lock = NSLock()
  private var collected: [OutputFile] = []

  public init() {}

  public func accept(_ file: OutputFile) { lock.withLock { collected.append(file) } }

  public func keep(entry: [UInt8]) -> SplicedFile.Piece { .bytes(entry[...]) }

  public func reset() { lock.withLock { collected = [] } }

  /// The files accepted, sorted by path.
  public var files: [OutputFile] { lock.withLock { collected.sorted { $0.path < $1.path } } }
}
