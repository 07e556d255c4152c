// Where a check's and a build's time goes, phase by phase, on one core: each procedure file
// of a tree is read, parsed, decoded and checked in turn, and generated from in batches, as
// tthc does it, with the clock read between phases; libyaml's events alone are pulled in a
// separate pass, for the floor under parsing. Each figure is the best of several rounds. A
// tool for finding what to make faster; `Benchmarks/run` measures tthc itself.
//
//   swift run -c release check-phases TREE [ROUNDS]
import CLibYAML
import Decoding
import Diagnostics
import Dispatch
import Foundation
import Generators
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
guard !paths.isEmpty else {
  FileHandle.standardError.write(Data("check-phases: no procedure files under \(root)\n".utf8))
  exit(2)
}

func document(_ path: String) -> YAMLDocument? {
  guard let data = FileManager.default.contents(atPath: path) else { return nil }
  return YAMLReader.read(SourceFile(path: path, bytes: Array(data))).document
}
let catalog = document(root + "/catalog.yaml").flatMap { RegistryDecoder.catalog($0).0 }
let agencies = document(root + "/agencies.yaml").flatMap { RegistryDecoder.agencies($0).0 }
let sectors = document(root + "/sectors.yaml").flatMap { RegistryDecoder.sectors($0).0 }
let registries = RegistryIndex(catalog: catalog, agencies: agencies, sectors: sectors)

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

/// Seconds on a monotonic clock (read without a system call, so it can be read between
/// the phases of every file).
func now() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_MONOTONIC, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

var best: [String: Double] = [:]
var order: [String] = []
@MainActor func record(_ phase: String, _ seconds: Double) {
  if best[phase] == nil { order.append(phase) }
  best[phase] = min(best[phase] ?? .infinity, seconds)
}

/// The registries as generators read them; a tree without all three is only checked.
let buildInput: BuildInput? = {
  guard let catalog, let agencies, let sectors else { return nil }
  let calendar = document(root + "/calendar.yaml").flatMap { RegistryDecoder.calendar($0).0 }
  return BuildInput(catalog: catalog, agencies: agencies, sectors: sectors, procedures: [], calendar: calendar)
}()

let checks: [(String, (Procedure) -> [Diagnostic])] = [
  ("references", { ReferenceChecker.check($0, in: registries) }),
  ("expressions", { ExpressionChecker.check($0) }),
  ("workflow", { WorkflowChecker.check($0) }),
  ("online level", { OnlineLevelChecker.check($0) }),
  ("content", { ContentChecker.check($0, requiredLanguages: registries.requiredLanguages) }),
  ("summary", { _ = ProcedureSummary($0); return [] }),
]
let form = FormHTMLGenerator(), formSchema = FormSchemaGenerator(), table = WorkflowTableGenerator()
let csv = WorkflowCSVGenerator(), bpmn = BPMNGenerator(), catalogGenerator = CatalogGenerator()
/// What a build adds for a procedure that checked without errors, in the build's order.
let generating: [(String, (CheckedProcedure, BuildInput) -> Int)] = [
  ("form (HTML)", { form.generate($0, in: $1).count }),
  ("form schema", { formSchema.generate($0, in: $1).count }),
  ("workflow table", { table.generate($0, in: $1).count }),
  ("workflow CSV", { csv.generate($0, in: $1).count }),
  ("BPMN", { bpmn.generate($0, in: $1).count }),
  ("catalog entry", { catalogGenerator.entry(for: $0, in: $1).count }),
]
let checkPhases = ["read file", "line table, UTF-8", "parse (libyaml + tree)", "decode"] + checks.map(\.0)
let buildPhases = ["derived facts"] + generating.map(\.0)
let phases = checkPhases + buildPhases
var diagnosticCount = 0
var generatedCount = 0
for _ in 0..<rounds {
  // File by file, as tthc goes, so each phase finds the file's data where the phase before
  // left it; the clock is read between phases.
  var spent = [Double](repeating: 0, count: phases.count)
  var diagnostics = 0
  var generated = 0
  var allBytes: [[UInt8]] = []
  allBytes.reserveCapacity(paths.count)
  // A build's worker checks a batch of files, then generates from the batch's procedures
  // (`Compiler.checkProcedures`); one core here, so batches are the largest it makes.
  var waiting: [Procedure] = []
  func generateWaiting() {
    guard let buildInput else { return waiting.removeAll() }
    for procedure in waiting {
      var times = [now()]
      let checked = CheckedProcedure(procedure)
      times.append(now())
      for (_, generate) in generating {
        _ = generate(checked, buildInput)
        times.append(now())
      }
      for index in 1..<times.count { spent[checkPhases.count + index - 1] += times[index] - times[index - 1] }
      generated += 1
    }
    waiting.removeAll(keepingCapacity: true)
  }
  for path in paths {
    var times = [now()]
    let bytes = Array(FileManager.default.contents(atPath: path) ?? Data())
    times.append(now())
    let source = SourceFile(path: path, bytes: bytes)
    times.append(now())
    let document = YAMLReader.read(source).document
    times.append(now())
    let decoded = document.map { ProcedureDecoder.decode($0) }
    diagnostics += decoded?.diagnostics.count ?? 0
    times.append(now())
    if let procedure = decoded?.procedure {
      var errors = decoded!.diagnostics.contains { $0.severity == .error }
      for (_, check) in checks {
        let found = check(procedure)
        diagnostics += found.count
        errors = errors || found.contains { $0.severity == .error }
        times.append(now())
      }
      if !errors { waiting.append(procedure) }
    }
    for index in 1..<times.count { spent[index - 1] += times[index] - times[index - 1] }
    allBytes.append(bytes)
    if waiting.count == 64 { generateWaiting() }
  }
  generateWaiting()
  for (index, phase) in phases.enumerated() { record(phase, spent[index]) }
  let start = now()
  for bytes in allBytes { libyamlEvents(bytes) }
  record("  of which libyaml alone", now() - start)
  diagnosticCount = diagnostics
  generatedCount = generated
}

/// Prints `names` (in the order recorded) with their share of `names`' total.
@MainActor func printTable(_ names: [String], perFileOf count: Int) {
  let shown = order.filter { names.contains($0) }
  let total = shown.reduce(0) { $0 + best[$1]! }
  for phase in shown {
    let seconds = best[phase]!
    print(
      phase.padding(toLength: 24, withPad: " ", startingAt: 0)
        + String(format: "%8.1f ms %6.1f µs/file %5.1f%%", seconds * 1000, seconds * 1e6 / Double(max(count, 1)), seconds / total * 100))
  }
  print("total".padding(toLength: 24, withPad: " ", startingAt: 0) + String(format: "%8.1f ms %6.1f µs/file", total * 1000, total * 1e6 / Double(max(count, 1))))
}

print("\(paths.count) procedure files, \(diagnosticCount) diagnostics; best of \(rounds) rounds, one core")
print("checking")
printTable(checkPhases, perFileOf: paths.count)
let libyaml = best["  of which libyaml alone"]!
print(
  "  of which libyaml alone".padding(toLength: 24, withPad: " ", startingAt: 0)
    + String(format: "%8.1f ms %6.1f µs/file", libyaml * 1000, libyaml * 1e6 / Double(paths.count)))
if generatedCount > 0 {
  print("generating, for the \(generatedCount) procedures without errors")
  printTable(buildPhases, perFileOf: generatedCount)
} else {
  print("generating: no procedure without errors (or no catalog, agencies and sectors registries)")
}
