/// Where a command writes and what it knows of its surroundings; tests pass their own.
public struct CommandContext: Sendable {
  public var writeOutput: @Sendable (String) -> Void
  public var writeError: @Sendable (String) -> Void
  /// Whether standard output is a terminal (colour and progress are for terminals only).
  public var outputIsTerminal: Bool
  public var environment: [String: String]
  /// Takes large results that the process no longer needs. The executable keeps them until it
  /// exits, because the system reclaims a whole process faster than freeing every object of a
  /// large tree one by one; in-process callers (tests) just let them go.
  public var keepUntilExit: @Sendable (any Sendable) -> Void

  public init(
    writeOutput: @escaping @Sendable (String) -> Void, writeError: @escaping @Sendable (String) -> Void,
    outputIsTerminal: Bool, environment: [String: String],
    keepUntilExit: @escaping @Sendable (any Sendable) -> Void = { _ in }
  ) {
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
