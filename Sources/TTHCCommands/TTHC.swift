import ArgumentParser

/// The `tthc` root command.
public struct TTHC: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "tthc",
    abstract: "Compile Vietnamese administrative procedures (thủ tục hành chính) written in YAML.",
    discussion: """
      Each procedure is written once, in YAML (format v1): its form fields, dossier documents, \
      steps, fees, legal deadline and online service level. tthc checks every file and reports \
      every mistake with its file, line, column, rule code and a fix, in Vietnamese or English.

      Examples:
        tthc check                      Check Procedures/ (messages in Vietnamese)
        tthc check --lang en Procedures Check, with messages in English
        tthc check --format github      Annotations for GitHub Actions
        tthc check --format json        Machine-readable output
        tthc build                      Check, then write Generated/
        tthc build --check              Fail when Generated/ is out of date
        tthc build --watch              Build again whenever a definition changes
        tthc calendar 2026              The year's days off
        tthc deadline 1.001193 --submitted 2026-02-13T10:00
                                        When a dossier is due
        tthc rules                      Every diagnostic code
        tthc explain S005               One rule, with examples

      Exit status: 0 no errors, 1 errors found, 2 usage or input failure.
      Documentation: docs/format.md
      """,
    version: "0.1.0",
    subcommands: [CheckCommand.self, BuildCommand.self, CalendarCommand.self, DeadlineCommand.self, RulesCommand.self, ExplainCommand.self]
  )

  public init() {}

  /// Runs tthc with `arguments` (without the program name) and returns the exit status.
  ///
  /// Argument errors exit with 2, not ArgumentParser's default of 64.
  public static func main(arguments: [String], context: CommandContext) -> Int32 {
    do {
      var command = try parseAsRoot(arguments)
      guard let runnable = command as? ContextCommand else {
        // Built-in commands (`help`, and the root itself) report through the thrown error.
        try command.run()
        return ExitStatus.success.rawValue
      }
      return runnable.execute(in: context).rawValue
    } catch {
      let message = fullMessage(for: error)
      let code = exitCode(for: error)
      if code == .success {
        context.writeOutput(message + "\n")
        return ExitStatus.success.rawValue
      }
      context.writeError(message + "\n")
      return ExitStatus.usageOrInput.rawValue
    }
  }
}
