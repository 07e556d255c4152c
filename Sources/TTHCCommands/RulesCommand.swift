import ArgumentParser
import Diagnostics
import Rules

/// `tthc rules`: every diagnostic code with its name, severity and summary.
struct RulesCommand: ParsableCommand, ContextCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules", abstract: "List every diagnostic code with its name, severity and summary.")

  @Option(name: .customLong("lang"), help: "Language of summaries: vi or en.")
  var language: Language = .vi

  func execute(in context: CommandContext) -> ExitStatus {
    context.writeOutput(RuleMarkdown.table(language: language))
    return .success
  }
}

/// `tthc explain CODE`: one rule with its rationale and examples.
struct ExplainCommand: ParsableCommand, ContextCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain", abstract: "Explain one diagnostic code, with failing and passing examples.",
    discussion: "CODE is a code such as S005 or a name such as money-with-separator.")

  @Argument(help: "The code or name of the rule.")
  var code: String

  @Option(name: .customLong("lang"), help: "Language of the explanation: vi or en.")
  var language: Language = .vi

  func execute(in context: CommandContext) -> ExitStatus {
    guard let info = DiagnosticCodeInfo.find(code), let entry = RuleCatalog.entry(for: info.code) else {
      let message = language == .vi
        ? "tthc: không có quy tắc \"\(code)\"; xem danh sách bằng tthc rules\n"
        : "tthc: there is no rule \"\(code)\"; list them with tthc rules\n"
      context.writeError(message)
      return .usageOrInput
    }
    context.writeOutput(RuleMarkdown.explain(entry, language: language))
    return .success
  }
}
