import ArgumentParser
import Compiler
import Diagnostics
import Rules

/// Output formats for diagnostics.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, github, sarif
}

/// The least severe diagnostic that makes the exit status 1.
enum FailOn: String, ExpressibleByArgument, CaseIterable {
  case error, warning, note

  var severity: Severity {
    switch self {
    case .error: .error
    case .warning: .warning
    case .note: .note
    }
  }
}

extension Language: ExpressibleByArgument {}

/// When to colour text output.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
  case auto, always, never
}

/// `tthc check`: read, decode and cross-check definitions; print every diagnostic.
struct CheckCommand: ParsableCommand, ContextCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check procedure definitions and report every mistake.",
    discussion: """
      A path that is a directory with a catalog.yaml is a definitions tree: catalog.yaml, \
      agencies.yaml and sectors.yaml at its top, one procedure per .yaml file below. A file, \
      or a folder inside a tree, is checked with the registries of the nearest directory \
      above it that has a catalog.yaml. With --watch, tthc checks, then checks again whenever \
      a definition changes, until stopped with Ctrl-C, looking only at the files that changed.
      """)

  @Argument(help: "Definition trees or files to check.")
  var paths: [String] = ["Procedures"]

  @Option(help: "Output format: text, json, github or sarif.")
  var format: OutputFormat = .text

  @Option(name: .customLong("fail-on"), help: "Exit with 1 when there is a diagnostic this severe or worse: error, warning or note.")
  var failOn: FailOn = .error

  @Option(name: .customLong("lang"), help: "Language of messages: vi or en.")
  var language: Language = .vi

  @Option(help: "Colour text output: auto (a terminal without NO_COLOR), always or never.")
  var color: ColorChoice = .auto

  @Flag(help: "Show a progress line on standard error even when it is not a terminal.")
  var progress = false

  @Flag(help: "Check again whenever a definition changes, until stopped (Ctrl-C).")
  var watch = false

  @OptionGroup var cache: CacheOptions

  func execute(in context: CommandContext) -> ExitStatus {
    guard watch else { return check(in: context) }
    let resident = ResidentCaches()
    let loop = WatchLoop(
      definitions: paths, outputFolder: nil, templates: nil, language: language, verb: ("kiểm tra", "checking"),
      cache: cache.store(in: context))
    return loop.run(in: context, keeping: resident) { changes in
      check(in: context, watched: (changes, resident))
    }
  }

  /// One check; in a watching process, with the files that may have changed since the
  /// previous check began (nil for the first) and the caches it keeps in memory.
  private func check(in context: CommandContext, watched: (changes: WatchedChanges?, resident: ResidentCaches)? = nil) -> ExitStatus {
    let result: CheckResult
    var store = cache.store(in: context)
    store?.resident = watched?.resident
    do {
      result = try Compiler.check(
        paths: paths, keepModels: false, keepSources: format == .text, progress: context.progress(forced: progress),
        cache: store.map { CacheUse(store: $0, changes: watched?.changes) })
    } catch {
      context.writeError("tthc: " + (language == .vi ? error.vietnamese : error.description) + "\n")
      return .usageOrInput
    }
    if let store, let records = result.cache, !result.cacheIsCurrent, let root = result.definitions.first?.root {
      store.save(records, tree: root)
    }
    context.writeOutput(DiagnosticReport(format: format, language: language, color: color).render(result, context: context))
    let failing = result.diagnostics.contains { $0.severity >= failOn.severity }
    let status: ExitStatus = result.hasUnreadableFiles ? .usageOrInput : failing ? .definitionErrors : .success
    if watched == nil { context.keepUntilExit(result) }
    return status
  }
}

/// Renders a check's diagnostics in the chosen format; shared by `check` and `build`.
struct DiagnosticReport {
  var format: OutputFormat
  var language: Language
  var color: ColorChoice

  func render(_ result: CheckResult, context: CommandContext) -> String {
    var result = result
    if format == .text { result.loadMissingSources() }
    let renderContext = RenderContext(language: language, filesChecked: result.filesChecked, sources: result.sources)
    let renderer: DiagnosticRenderer
    switch format {
    case .text: renderer = TextRenderer(colored: useColor(context))
    case .json: renderer = JSONRenderer()
    case .github: renderer = GitHubRenderer()
    case .sarif: renderer = SARIFRenderer(rules: RuleCatalog.sarifRules, version: TTHC.configuration.version)
    }
    return renderer.render(result.diagnostics, context: renderContext)
  }

  private func useColor(_ context: CommandContext) -> Bool {
    switch color {
    case .always: true
    case .never: false
    case .auto: context.outputIsTerminal && (context.environment["NO_COLOR"] ?? "").isEmpty
    }
  }
}
