// Where a check's time goes, phase by phase, on one core: every procedure file of a tree is
// read, then all are parsed, then all decoded, then all checked, each phase timed as a whole
// (no clock per file). A tool for finding what to make faster; `Benchmarks/run` measures
// tthc itself.
//
//   swift run -c release check-phases TREE [ROUNDS]
import CLibYAML
import Decoding
import Diagnostics
import Dispatch
import Foundation
import Model
import Semantics
import YAMLReader

let arguments = CommandLine.arguments.dropFirst()
guard let root = arguments.first else {
  FileHandle.standardError.write(Data("usage: check-phases TREE [ROUNDS]\n".utf8))
  exit(2)
}
let rounds = arguments.dropFirst().first.flatMap { Int($0) } ?? 3
let registryNames: Set<String> = ["catalog.yaml", "agencies.yaml", "sectors.yaml", "calendar.yaml"]

var paths: [String] = []
if let walker = FileManager.default.enumerator(atPath: root) {
  for case let relative as String in walker where relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") {
    if !(relative.contains("/")) && registryNames.contains(relative) { continue }
    paths.append(root + "/" + relative)
  }
}
paths.sort()

func document(_ path: String) -> YAMLDocument? {
  guard let data = FileManager.default.contents(atPath: path) else { return nil }
  return YAMLReader.read(SourceFile(path: path, bytes: Array(data))).document
}
let registries = RegistryIndex(
  catalog: document(root + "/catalog.yaml").flatMap { RegistryDecoder.catalog($0).0 },
  agencies: document(root + "/agencies.yaml").flatMap { RegistryDecoder.agencies($0).0 },
  sectors: document(root + "/sectors.yaml").flatMap { RegistryDecoder.sectors($0).0 })

/// Pulls every libyaml event of `bytes`, building nothing (the floor under "parse").
func libyamlEvents(_ bytes: [UInt8]) {
  var parser = yaml_parser_t()
  guard yaml_parser_initialize(&parser) == 1 else { return }
  defer { yaml_parser_delete(&parser) }
  bytes.withUnsafeBufferPointer { buffer in
    yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
    var event = yaml_event_t()
    while yaml_parser_parse(&parser, &event) == 1 {
      let done = event.type == YAML_STREAM_END_EVENT
      yaml_event_delete(&event)
      if done { break }
    }
  }
}

/// Thread CPU time in seconds.
func cpu() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

var best: [String: Double] = [:]
var order: [String] = []
@MainActor func record(_ phase: String, _ seconds: Double) {
  if best[phase] == nil { order.append(phase) }
  best[phase] = min(best[phase] ?? .infinity, seconds)
}

var diagnosticCount = 0
for _ in 0..<rounds {
  var start = cpu()
  let bytes = paths.map { Array(FileManager.default.contents(atPath: $0) ?? Data()) }
  record("read files", cpu() - start)
  start = cpu()
  let sources = zip(paths, bytes).map { SourceFile(path: $0, bytes: $1) }
  record("line table, UTF-8", cpu() - start)
  start = cpu()
  for source in sources { libyamlEvents(source.bytes) }
  record("  of which libyaml alone", cpu() - start)
  start = cpu()
  let documents = sources.map { YAMLReader.read($0).document }
  record("parse (libyaml + tree)", cpu() - start)
  start = cpu()
  let procedures = documents.map { $0.flatMap { ProcedureDecoder.decode($0).procedure } }
  record("decode", cpu() - start)
  var diagnostics: [Diagnostic] = []
  let checks: [(String, (Procedure) -> [Diagnostic])] = [
    ("references", { ReferenceChecker.check($0, in: registries) }),
    ("expressions", { ExpressionChecker.check($0) }),
    ("workflow", { WorkflowChecker.check($0) }),
    ("online level", { OnlineLevelChecker.check($0) }),
    ("content", { ContentChecker.check($0, requiredLanguages: registries.requiredLanguages) }),
    ("summary", { _ = ProcedureSummary($0); return [] }),
  ]
  for (name, check) in checks {
    start = cpu()
    for case let procedure? in procedures { diagnostics += check(procedure) }
    record(name, cpu() - start)
  }
  diagnosticCount = diagnostics.count
}

let total = order.filter { $0 != "  of which libyaml alone" }.reduce(0) { $0 + best[$1]! }
print("\(paths.count) procedure files, \(diagnosticCount) diagnostics; best of \(rounds) rounds, one core")
for phase in order {
  let seconds = best[phase]!
  print(
    phase.padding(toLength: 24, withPad: " ", startingAt: 0)
      + String(format: "%8.1f ms %6.1f µs/file %5.1f%%", seconds * 1000, seconds * 1e6 / Double(max(paths.count, 1)), seconds / total * 100))
}
