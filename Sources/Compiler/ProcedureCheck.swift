import Diagnostics
import Foundation
import Semantics
import YAMLReader

/// Checks one procedure file: everything that needs only the file and the registries.
///
/// With a cache, a file whose stamp proves it unchanged is not read, and a file whose bytes
/// have the digest recorded last time is not checked again; either way what the record holds
/// stands for the check.
struct ProcedureCheck: Sendable {
  let registries: RegistryIndex
  let limits: ReaderLimits
  let keepModels: Bool
  /// Whether a file with diagnostics keeps its source (for excerpts) when models are not kept.
  var keepSources = true
  let cache: Lookup?
  /// Work on each procedure whose own checks found no error (a build generates its files),
  /// given its model by `handOver(_:)` once a batch of files has been checked.
  var handle: ProcedureHandler? = nil

  /// The records a run may use, and from when a file is too recent for its stamp to count.
  struct Lookup: Sendable {
    var previous: [String: CachedFile]
    var reusable: @Sendable (CachedFile) -> Bool
    /// Files modified or changed at or after this second (since the epoch).
    var recentSince: Int64
    /// Files that may have changed since the run that left `previous` began (in a watching
    /// process); nil when unknown.
    var changes: WatchedChanges? = nil

    /// Whether `record` is known to stand for the file as it is now, without reading it:
    /// the watch saw no change to it since it was read, or its trusted stamp is the file's
    /// (looked at through `folders`).
    func isUnchanged(_ record: CachedFile, folders: FolderHandles) -> Bool {
      if let changes, !changes.mayHaveChanged(record.path) { return true }
      return record.stampTrusted && folders.stamp(of: record.path, following: true) == record.stamp
    }
  }

  /// Checks the file at `path`, or takes its record from the cache; `folders` are the calling
  /// thread's handles for looking at stamps.
  func run(_ path: String, folders: FolderHandles) -> FileCheck {
    guard let cache else {
      return finish(FileCheck.run(path: path, role: .procedure, limits: limits))
    }
    let previous = cache.previous[path].flatMap { cache.reusable($0) ? $0 : nil }
    if let previous, cache.isUnchanged(previous, folders: folders) {
      var check = hit(previous)
      check.recordUnchanged = true
      return check
    }
    let (read, stamp) = FileReader.readStamped(path, limit: limits.maxFileBytes)
    guard case .bytes(let bytes) = read, let stamp else {
      return finish(FileCheck.run(path: path, read: read, role: .procedure, limits: limits))
    }
    let digest = ContentDigest.of(bytes)
    let trusted = !stamp.isRecent(since: cache.recentSince)
    if var record = previous, record.digest == digest {
      record.stamp = stamp
      record.stampTrusted = trusted
      return hit(record)
    }
    var check = FileCheck.run(path: path, read: read, role: .procedure, limits: limits)
    check = finish(check)
    check.record = CachedFile(
      path: path, stamp: stamp, stampTrusted: trusted, digest: digest, diagnostics: check.diagnostics,
      suppressions: check.suppressions, summary: check.summary, outputs: nil)
    return check
  }

  /// What the record says checking the file gave.
  private func hit(_ record: CachedFile) -> FileCheck {
    FileCheck(
      source: nil, decoded: .nothing, diagnostics: record.diagnostics, summary: record.summary,
      suppressions: record.suppressions, record: record, fromCache: true)
  }

  /// The checks of a decoded procedure against the registries; the model is let go unless
  /// kept or waiting for `handOver(_:)`.
  private func finish(_ read: FileCheck) -> FileCheck {
    var check = read
    if case .procedure(let procedure) = check.decoded {
      check.diagnostics += ReferenceChecker.check(procedure, in: registries)
      check.diagnostics += ExpressionChecker.check(procedure)
      check.diagnostics += WorkflowChecker.check(procedure)
      check.diagnostics += OnlineLevelChecker.check(procedure)
      check.diagnostics += ContentChecker.check(procedure, requiredLanguages: registries.requiredLanguages)
      check.summary = ProcedureSummary(procedure)
      if !keepModels && handle == nil { check.decoded = .nothing }
    }
    // Without diagnostics, or without excerpts to show, the file's bytes can go now.
    if !keepModels && (check.diagnostics.isEmpty || !keepSources) { check.source = nil }
    return check
  }

  /// Gives the model `run(_:)` kept to `handle` when the procedure's own checks found no
  /// error, then lets it go unless models are kept.
  ///
  /// Done for a batch of files after all of them are checked, so that checking and
  /// generating each run over many files in a row: alternating the two file by file left
  /// each one's code and data out of the processor's caches.
  func handOver(_ check: inout FileCheck) {
    guard let handle, case .procedure(let procedure) = check.decoded else { return }
    if !Self.hasErrors(check) { handle(procedure) }
    if !keepModels { check.decoded = .nothing }
  }

  /// Whether the file's own diagnostics hold an error that its own comments do not suppress.
  private static func hasErrors(_ check: FileCheck) -> Bool {
    guard check.diagnostics.contains(where: { $0.severity == .error }) else { return false }
    return Suppression.apply(check.suppressions, to: check.diagnostics).contains { $0.severity == .error }
  }
}
