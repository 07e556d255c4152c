import Diagnostics
import Foundation

/// Renders diagnostics as a fixture's expected text: English, then Vietnamese, no colour,
/// with `prefix` removed from paths so goldens do not depend on where the repo lives.
public func renderForGolden(
  _ diagnostics: [Diagnostic], sources: [String: SourceFile], filesChecked: Int, stripping prefix: String
) -> String {
  let renderer = TextRenderer(colored: false)
  var out = ""
  for language in [Language.en, .vi] {
    out += "--- \(language.rawValue) ---\n"
    out += renderer.render(diagnostics, context: RenderContext(language: language, filesChecked: filesChecked, sources: sources))
  }
  return out.replacingOccurrences(of: prefix, with: "")
}

/// Checks the wording rules every message keeps: both languages present, no final period,
/// no positions inside the text. Returns the broken rules, empty when all hold.
public func wordingProblems(_ diagnostic: Diagnostic) -> [String] {
  var problems: [String] = []
  for language in Language.allCases {
    let message = diagnostic.message[language]
    if message.isEmpty { problems.append("\(diagnostic.code.rawValue): empty \(language) message") }
    if message.hasSuffix(".") { problems.append("\(diagnostic.code.rawValue): \(language) message ends with a period: \(message)") }
    if mentionsPosition(message) {
      problems.append("\(diagnostic.code.rawValue): \(language) message mentions a position: \(message)")
    }
    if let help = diagnostic.help, help[language].isEmpty {
      problems.append("\(diagnostic.code.rawValue): empty \(language) help")
    }
  }
  return problems
}

/// Whether a message names a place itself ("line 3", "dòng 3", "3:5") instead of leaving it to a note.
func mentionsPosition(_ message: String) -> Bool {
  let words = message.split(separator: " ")
  for (index, word) in words.enumerated() where index + 1 < words.count {
    if (word.hasSuffix("line") || word == "dòng") && words[index + 1].first?.isNumber == true { return true }
  }
  return false
}
