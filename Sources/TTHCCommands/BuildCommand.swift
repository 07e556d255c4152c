import ArgumentParser
import Compiler
import Diagnostics
import Foundation
import Generators

/// `tthc build`: check, then write `Generated/` (or, with `--check`, compare it).
struct BuildCommand: ParsableCommand, ContextCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Check the definitions, then generate the catalog, forms and workflows.",
    discussion: """
      Nothing is written when the definitions have errors. Procedures unchanged since the last \
      build are taken from the cache (--cache-dir, default .tthc-cache; --no-cache to make \
      everything afresh). A full build replaces the output folder in one step; an incremental \
      one replaces each changed file in one step and, if stopped halfway, is finished by the \
      next build. With --check, nothing is written and no cache is used: every file that is \
      missing, stale or extra is listed and the exit status is 1 when there is any (the drift \
      gate for CI). With --watch, tthc builds, then builds again whenever a definition (or \
      the form template) changes, until stopped with Ctrl-C; it keeps the cache in memory and \
      looks only at the files that changed.
      """)

  @Argument(help: "The definitions tree.")
  var path: String = "Procedures"

  @Option(name: .customLong("out"), help: "The output folder.")
  var output: String = "Generated"

  @Flag(help: "Compare the output folder with what a build would write, and write nothing.")
  var check = false

  @Option(help: "A folder with form.mustache, the page template for forms (restyles forms without recompiling).")
  var templates: String?

  @Option(help: "Format of diagnostics: text, json, github or sarif.")
  var format: OutputFormat = .text

  @Option(name: .customLong("lang"), help: "Language of messages: vi or en.")
  var language: Language = .vi

  @Option(help: "Colour text output: auto, always or never.")
  var color: ColorChoice = .auto

  @Flag(help: "Show a progress line on standard error even when it is not a terminal.")
  var progress = false

  @Flag(help: "Build again whenever a definition or the form template changes, until stopped (Ctrl-C).")
  var watch = false

  @OptionGroup var cache: CacheOptions

  func execute(in context: CommandContext) -> ExitStatus {
    guard watch else { return build(in: context) }
    // A build without a cache replaces the whole output folder, which a watch sees as a
    // flood of changes that may hide a definition's: it would build again and again.
    if check || cache.disabled {
      let option = check ? "--check" : "--no-cache"
      context.writeError("tthc: " + (language == .vi
        ? "không dùng được --watch cùng \(option)\n" : "--watch cannot be used with \(option)\n"))
      return .usageOrInput
    }
    let resident = ResidentCaches()
    let loop = WatchLoop(
      definitions: [path], outputFolder: CacheStore.absolute(output), templates: templates, language: language,
      verb: ("build", "building"), cache: cache.store(in: context))
    return loop.run(in: context, keeping: resident) { changes in
      build(in: context, watched: (changes, resident))
    }
  }

  /// One build; in a watching process, with the files that may have changed since the
  /// previous build began (nil for the first) and the caches it keeps in memory.
  private func build(in context: CommandContext, watched: (changes: WatchedChanges?, resident: ResidentCaches)? = nil) -> ExitStatus {
    var formTemplate: FormPageTemplate?
    var templateDigest = IncrementalBuild.builtInTemplate
    if let templates {
      let path = templates + "/form.mustache"
      guard let data = FileManager.default.contents(atPath: path) else {
        context.writeError("tthc: " + (language == .vi ? "không đọc được \(path)" : "cannot read \(path)") + "\n")
        return .usageOrInput
      }
      templateDigest = ContentDigest.of([UInt8](data))
      do {
        formTemplate = try FormPageTemplate(source: String(decoding: data, as: UTF8.self))
      } catch {
        context.writeError("tthc: \(path): \(error)\n")
        return .usageOrInput
      }
    }
    // The drift gate compares every file, so it makes every file: it never trusts a cache.
    var incremental = check ? nil : cache.store(in: context).map { IncrementalBuild(store: $0, outputFolder: output) }
    if let watched {
      incremental?.store.resident = watched.resident
      incremental?.changes = watched.changes
    }
    if check && OutputTree.hasInterruptedUpdate(output) {
      context.writeOutput(language == .vi
        ? "\(output) đang cập nhật dở (một lần build bị dừng giữa chừng); chạy tthc build để hoàn tất\n"
        : "\(output) has an unfinished update (a build was stopped halfway); run tthc build to finish it\n")
      return .definitionErrors
    }
    // Each file goes to its place as soon as it is made: compared with the output folder, or
    // written beside it to be put in place once the whole tree has passed its checks.
    let sink: any OutputSink
    do {
      sink = check ? try DriftCheck(folder: output) : try OutputStaging(folder: output)
    } catch {
      context.writeError("tthc: \(error)\n")
      return .usageOrInput
    }
    // The report is made while the catalog is laid out and the files are put in place (on a
    // national tree each takes a noticeable time), from the check's result as soon as there
    // is one, and printed before the line that says what was written, as ever.
    let reporter = DiagnosticReport(format: format, language: language, color: color)
    var report: InTheBackground<String>?
    var outcome: Builder.Outcome
    do {
      outcome = try Builder.build(
        path: path, formTemplate: formTemplate, templateDigest: templateDigest, progress: context.progress(forced: progress),
        cache: incremental, keepSources: format == .text,
        checked: { check in
          report = check.diagnostics.isEmpty ? nil : InTheBackground { reporter.render(check, context: context) }
        }, into: sink)
    } catch {
      (sink as? OutputStaging)?.discard()
      context.writeError("tthc: " + (language == .vi ? error.vietnamese : error.description) + "\n")
      return .usageOrInput
    }
    if watched == nil { context.keepUntilExit(outcome.check) }
    if report == nil && !outcome.succeeded {
      let check = outcome.check
      report = InTheBackground { reporter.render(check, context: context) }
    }
    let putsFilesInPlace = outcome.succeeded && sink is OutputStaging
    if let report, !putsFilesInPlace { context.writeOutput(report.value) }
    guard outcome.succeeded else {
      if let staging = sink as? OutputStaging { try? Builder.finish(&outcome, staged: staging, cache: incremental) }
      if outcome.check.hasUnreadableFiles { return .usageOrInput }
      context.writeError(language == .vi ? "tthc: có lỗi, không ghi gì vào \(output)\n" : "tthc: errors found, nothing written to \(output)\n")
      return .definitionErrors
    }
    if let comparison = sink as? DriftCheck {
      let drift = comparison.finish(spliced: outcome.spliced)
      guard !drift.isEmpty else {
        context.writeOutput(language == .vi
          ? "\(output) khớp với định nghĩa (\(outcome.total) tệp).\n" : "\(output) is up to date (\(outcome.total) files).\n")
        return .success
      }
      var lines: [String] = []
      for path in drift.missing { lines.append((language == .vi ? "thiếu:    " : "missing:  ") + output + "/" + path) }
      for path in drift.stale { lines.append((language == .vi ? "cũ:       " : "stale:    ") + output + "/" + path) }
      for path in drift.extra { lines.append((language == .vi ? "thừa:     " : "extra:    ") + output + "/" + path) }
      let advice = language == .vi ? "chạy tthc build để cập nhật \(output)" : "run tthc build to update \(output)"
      context.writeOutput(lines.joined(separator: "\n") + "\n" + advice + "\n")
      return .definitionErrors
    }
    guard let staging = sink as? OutputStaging else { preconditionFailure("without --check the sink is a staging folder") }
    do {
      try Builder.finish(
        &outcome, staged: staging, cache: incremental, templateDigest: templateDigest, waitingForReleases: watched == nil)
    } catch {
      if let report { context.writeOutput(report.value) }
      context.writeError("tthc: \(error)\n")
      return .usageOrInput
    }
    if let report { context.writeOutput(report.value) }
    let total = outcome.total
    context.writeOutput(language == .vi ? "Đã ghi \(total) tệp vào \(output).\n" : "Wrote \(total) files to \(output).\n")
    // What the build holds (a national tree's cache records) is let go of by the exit.
    if watched == nil { context.keepUntilExit(outcome) }
    return .success
  }
}
