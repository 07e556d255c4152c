import Foundation
import TTHCCommands

#if canImport(Glibc)
  import Glibc
#endif

/// Results handed over by commands, released only by the process's exit.
nonisolated(unsafe) var keptUntilExit: [any Sendable] = []

let context = CommandContext(
  writeOutput: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
  writeError: { text in FileHandle.standardError.write(Data(text.utf8)) },
  outputIsTerminal: isatty(STDOUT_FILENO) == 1,
  errorIsTerminal: isatty(STDERR_FILENO) == 1,
  environment: ProcessInfo.processInfo.environment,
  keepUntilExit: { value in keptUntilExit.append(value) },
  ownsProcess: true
)
exit(TTHC.main(arguments: Array(CommandLine.arguments.dropFirst()), context: context))
