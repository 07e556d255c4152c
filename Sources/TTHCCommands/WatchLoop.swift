import Compiler
import Diagnostics
import Foundation

/// Runs a command's work, then runs it again whenever a definition changes, until stopped.
///
/// The definitions tree (and the templates folder, when there is one) is watched, and so is
/// the output folder — but a change there only makes the next run look at those files (to
/// repair them); it never starts a run, since runs write there themselves. Changes that come
/// in a burst (an editor saving, a `git checkout`) are gathered into one run.
struct WatchLoop {
  /// The paths of the definitions as the user gave them.
  var definitions: [String]
  /// The output folder's absolute path, when the command writes one.
  var outputFolder: String?
  var templates: String?
  var language: Language
  /// What a run does, for the line that says it starts again ("building", "checking").
  var verb: (vi: String, en: String)
  /// Where the runs keep their cache; nil when they use none.
  var cache: CacheStore?

  /// How long the files must be quiet before a run starts, and the longest a run waits for
  /// that (files that never stop changing do not hold it back).
  static let quietSeconds = 0.05
  static let longestWaitSeconds = 1.0
  /// How often the stop request is looked at while nothing changes.
  static let pollSeconds = 0.2

  /// Runs `work` with the files that may have changed since the previous run began (nil for
  /// the first run: every file is looked at), until `context.shouldStop` or, in the tthc
  /// process, Ctrl-C; the last run's status. Cache files `resident` writes in the background
  /// are written whole before it returns or the process ends.
  func run(
    in context: CommandContext, keeping resident: ResidentCaches, _ work: (WatchedChanges?) -> ExitStatus
  ) -> ExitStatus {
    defer { resident.waitForWrites() }
    var roots: [String] = []
    guard let watcher = FileWatcher() else {
      context.writeError("tthc: " + (language == .vi
        ? "hệ thống không cho theo dõi thay đổi của tệp (inotify)\n" : "this system cannot watch files for changes (inotify)\n"))
      return .usageOrInput
    }
    do {
      for path in definitions {
        let root = try FileDiscovery.discover(path).root
        if !roots.contains(root) { roots.append(root) }
      }
    } catch {
      context.writeError("tthc: " + (language == .vi ? error.vietnamese : error.description) + "\n")
      return .usageOrInput
    }
    // Runs that start from a cache make little at a time, so their threads can share one
    // allocator arena (`MemoryArenas`); runs without one check every file each time. Set
    // before any other thread allocates (the signal handling's among them), which would keep
    // an arena of its own; in the tthc process only, as tests run watches among other work.
    if context.ownsProcess, MemoryArenas.suit(watching: roots, cache: cache) { MemoryArenas.useOne() }
    let signals = context.ownsProcess ? StopSignals(finishing: resident) : nil
    defer { withExtendedLifetime(signals) {} }
    var triggers = roots
    for root in roots { watcher.watch(tree: root, skippingHidden: true) }
    if let templates {
      watcher.watch(tree: templates, skippingHidden: true)
      triggers.append(templates)
    }
    // A definitions folder that cannot be watched would make every run look at everything,
    // and start the next at once.
    if let blind = triggers.first(where: watcher.blindRoots.contains) {
      context.writeError("tthc: " + (language == .vi
        ? "không theo dõi được mọi thư mục của \(blind); hãy tăng fs.inotify.max_user_watches\n"
        : "cannot watch every folder of \(blind); raise fs.inotify.max_user_watches\n"))
      return .usageOrInput
    }
    if let outputFolder { watcher.watch(tree: outputFolder, skippingHidden: false) }
    _ = watcher.takeChanges()

    var changes: WatchedChanges?
    while true {
      let started = Date()
      let status = work(changes)
      let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
      let watched = roots.joined(separator: ", ")
      context.writeError(language == .vi
        ? "tthc: xong sau \(seconds) giây; đang theo dõi \(watched) (Ctrl-C để dừng)\n"
        : "tthc: done in \(seconds) s; watching \(watched) (Ctrl-C to stop)\n")
      var gathered = WatchedChanges()
      repeat {
        if context.shouldStop() { return status }
        _ = watcher.waitForEvents(seconds: Self.pollSeconds)
        gathered.formUnion(watcher.takeChanges())
      } while !triggers.contains(where: { gathered.mayHaveChanged(below: $0, where: Self.isDefinitionOrTemplate) })
      let latest = Date().addingTimeInterval(Self.longestWaitSeconds)
      while Date() < latest, watcher.waitForEvents(seconds: Self.quietSeconds) { gathered.formUnion(watcher.takeChanges()) }
      gathered.formUnion(watcher.takeChanges())
      context.writeError(announcement(of: gathered, below: triggers))
      changes = gathered
    }
  }

  /// The line that says why a run starts again: the definition that changed, or how many.
  func announcement(of changes: WatchedChanges, below roots: [String]) -> String {
    let changed = changes.paths.filter { path in
      Self.isDefinitionOrTemplate(path) && roots.contains { WatchedChanges.isBelow(path, root: $0) }
    }.sorted()
    let vi = language == .vi
    let what =
      if !changes.isComplete || changed.isEmpty { vi ? "có tệp thay đổi" : "files changed" }
      else if changed.count == 1 { (vi ? "đã đổi " : "changed: ") + changed[0] }
      else { vi ? "\(changed.count) tệp thay đổi" : "\(changed.count) files changed" }
    return "tthc: " + what + (vi ? "; \(verb.vi) lại\n" : "; \(verb.en) again\n")
  }

  /// Whether a changed path can change what a run makes: a YAML file or a template. (The
  /// files of a folder created or removed are reported one by one; a folder moved out makes
  /// its whole tree uncertain.)
  static func isDefinitionOrTemplate(_ path: String) -> Bool {
    FileDiscovery.isDefinitionFile(path) || path.hasSuffix(".mustache")
  }
}
