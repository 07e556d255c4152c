import Compiler

/// Where a command writes and what it knows of its surroundings; tests pass their own.
public struct CommandContext: Sendable {
  public var writeOutput: @Sendable (String) -> Void
  public var writeError: @Sendable (String) -> Void
  /// Whether standard output is a terminal (colour is for terminals only).
  public var outputIsTerminal: Bool
  /// Whether standard error is a terminal (the progress line is for terminals only).
  public var errorIsTerminal: Bool = false
  public var environment: [String: String]
  /// Takes large results that the process no longer needs. The executable keeps them until it
  /// exits, because the system reclaims a whole process faster than freeing every object of a
  /// large tree one by one; in-process callers (tests) just let them go.
  public var keepUntilExit: @Sendable (any Sendable) -> Void
  /// Asked between runs of a command that runs until stopped (`--watch`): whether to stop
  /// now. The executable is stopped by a signal instead; tests stop it with this.
  public var shouldStop: @Sendable () -> Bool
  /// Whether the command runs as the tthc process itself (not inside tests): it may then
  /// take over signals such as Ctrl-C.
  public var ownsProcess: Bool

  public init(
    writeOutput: @escaping @Sendable (String) -> Void, writeError: @escaping @Sendable (String) -> Void,
    outputIsTerminal: Bool, errorIsTerminal: Bool = false, environment: [String: String],
    keepUntilExit: @escaping @Sendable (any Sendable) -> Void = { _ in },
    shouldStop: @escaping @Sendable () -> Bool = { false }, ownsProcess: Bool = false
  ) {
    self.ownsProcess = ownsProcess
    self.shouldStop = shouldStop
    self.errorIsTerminal = errorIsTerminal
    self.writeOutput = writeOutput
    self.writeError = writeError
    self.outputIsTerminal = outputIsTerminal
    self.environment = environment
    self.keepUntilExit = keepUntilExit
  }
}

/// The exit statuses of tthc, decided here and nowhere else.
public enum ExitStatus: Int32, Sendable {
  /// No errors (warnings and notes may have been printed).
  case success = 0
  /// The definitions have errors.
  case definitionErrors = 1
  /// tthc was called wrongly, or a path or file could not be read.
  case usageOrInput = 2
}

/// A parsed command that runs against a context and says how it ended.
protocol ContextCommand {
  func execute(in context: CommandContext) -> ExitStatus
}

extension CommandContext {
  /// A progress line on standard error when it is a terminal outside CI, or when asked.
  func progress(forced: Bool) -> Progress? {
    let ci = !(environment["CI"] ?? "").isEmpty
    guard forced || (errorIsTerminal && !ci) else { return nil }
    return Progress(write: writeError)
  }
}
