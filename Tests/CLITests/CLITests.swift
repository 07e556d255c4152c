import Diagnostics
import Foundation
import TTHCCommands
import TestSupport
import Testing

/// Captures what a command writes.
final class Capture: @unchecked Sendable {
  private let lock = NSLock()
  private var out = ""
  private var err = ""

  var output: String { lock.withLock { out } }
  var error: String { lock.withLock { err } }

  func context(
    terminal: Bool = false, errorTerminal: Bool = false, environment: [String: String] = [:],
    shouldStop: @escaping @Sendable () -> Bool = { false }
  ) -> CommandContext {
    CommandContext(
      writeOutput: { text in self.lock.withLock { self.out += text } },
      writeError: { text in self.lock.withLock { self.err += text } },
      outputIsTerminal: terminal, errorIsTerminal: errorTerminal, environment: environment, shouldStop: shouldStop)
  }
}

func run(
  _ arguments: [String], terminal: Bool = false, errorTerminal: Bool = false, environment: [String: String] = [:]
) -> (Int32, Capture) {
  let capture = Capture()
  // Commands keep their cache in this run's own folder, never in the working directory.
  var environment = environment
  if environment["TTHC_CACHE_DIR"] == nil { environment["TTHC_CACHE_DIR"] = testCacheFolder }
  let status = TTHC.main(
    arguments: arguments, context: capture.context(terminal: terminal, errorTerminal: errorTerminal, environment: environment))
  return (status, capture)
}

/// This test process's cache folder, removed when the process exits.
let testCacheFolder: String = {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tthc-cli-cache-\(UUID().uuidString)").path
  cacheFolderToRemove = folder
  atexit {
    if let folder = cacheFolderToRemove { try? FileManager.default.removeItem(atPath: folder) }
  }
  return folder
}()
nonisolated(unsafe) private var cacheFolderToRemove: String?

@Suite("tthc command line")
struct CLITests {
  static let procedures = packageRoot() + "/Procedures"

  @Test("exit 0 when there are no errors")
  func clean() {
    let (status, capture) = run(["check", Self.procedures, "--lang", "en"])
    #expect(status == 0)
    #expect(!capture.output.contains("error["))
    #expect(capture.output.hasSuffix("notes in 16 files.\n"))
  }

  @Test("exit 1 when there are errors, with every one printed")
  func errors() throws {
    let tree = try TemporaryTree(SampleDefinitions.tree(procedures: [
      "p.yaml": SampleDefinitions.procedure().replacingOccurrences(of: "required: true", with: "required: yes"),
    ]))
    defer { tree.remove() }
    let (status, capture) = run(["check", tree.root])
    #expect(status == 1)
    #expect(capture.output.contains("error[S004]: \"yes\" không phải giá trị đúng/sai"))
    #expect(capture.output.hasSuffix("1 lỗi trong 4 tệp.\n"))
  }

  @Test("exit 2 for a path that does not exist, an unknown option or a bad value")
  func usage() {
    let (missing, missingCapture) = run(["check", "/nonexistent/x"])
    #expect(missing == 2)
    #expect(missingCapture.error == "tthc: không tìm thấy tệp hoặc thư mục: /nonexistent/x\n")
    #expect(run(["check", "--bogus"]).0 == 2)
    #expect(run(["check", "--format", "xml"]).0 == 2)
    #expect(run(["frobnicate"]).0 == 2)
  }

  @Test("exit 2 when a file in the tree cannot be read, with the other files still checked")
  func unreadableFile() throws {
    let tree = try TemporaryTree(SampleDefinitions.tree(procedures: ["ok.yaml": "code: x\n"]))
    defer { tree.remove() }
    // A link to nothing cannot be read (and root can read any real file).
    try FileManager.default.createSymbolicLink(atPath: tree.path("broken.yaml"), withDestinationPath: tree.path("nowhere"))
    let (status, capture) = run(["check", tree.root, "--lang", "en"])
    #expect(status == 2)
    #expect(capture.output.contains("broken.yaml:1:1: error[Y015]: the file cannot be read"))
    #expect(capture.output.contains("ok.yaml:1:7: error[S009]"))
  }

  @Test("rules lists every code; explain prints one rule, by code or name")
  func rulesAndExplain() {
    let (status, capture) = run(["rules", "--lang", "en"])
    #expect(status == 0)
    #expect(capture.output.split(separator: "\n").count == DiagnosticCodeInfo.all.count)
    #expect(capture.output.contains("S005  money-with-separator"))
    let (explained, explanation) = run(["explain", "money-with-separator", "--lang", "en"])
    #expect(explained == 0)
    #expect(explanation.output.hasPrefix("# S005 money-with-separator (error)"))
    #expect(explanation.output.contains("amount: ↓50.000"))
    #expect(run(["explain", "Z999"]).0 == 2)
  }

  @Test("calendar YEAR --json lists the days off and the weekend working days")
  func calendar() throws {
    let (status, capture) = run(["calendar", "2024", Self.procedures, "--json"])
    #expect(status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(capture.output.utf8)) as? [String: Any])
    #expect(object["year"] as? Int == 2024)
    let off = try #require(object["days_off"] as? [String])
    #expect(off.contains("2024-04-29") && off.contains("2024-02-08") && off.contains("2024-04-18"))
    #expect(object["extra_working_days"] as? [String] == ["2024-05-04"])
    #expect(run(["calendar", "1800"]).0 == 2)
  }

  @Test("deadline CODE --submitted gives the due moment and each step's finish")
  func deadline() throws {
    let (status, capture) = run(["deadline", "1.004222", Self.procedures, "--submitted", "2026-02-13T10:00", "--json"])
    #expect(status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(capture.output.utf8)) as? [String: Any])
    #expect(object["due"] as? String == "2026-03-03T10:00:00+07:00")
    let steps = try #require(object["steps"] as? [[String: Any]])
    #expect(steps.map { $0["id"] as? String } == ["tiep_nhan", "huong_dan_bo_sung", "tham_dinh", "phe_duyet"])
    #expect(steps[1]["finish"] is NSNull)
    #expect(run(["deadline", "1.013225", Self.procedures, "--submitted", "2026-08-28T16:30"]).0 == 2)  // needs --channel
    #expect(run(["deadline", "1.013225", Self.procedures, "--submitted", "2026-08-28T16:30", "--channel", "in_person"]).0 == 0)
    #expect(run(["deadline", "9.999999", Self.procedures, "--submitted", "2026-08-28T16:30"]).0 == 2)
    #expect(run(["deadline", "1.004222", Self.procedures, "--submitted", "yesterday"]).0 == 2)
  }

  @Test("help reads well and exits 0")
  func help() {
    let (status, capture) = run(["--help"])
    #expect(status == 0)
    #expect(capture.output.contains("tthc check"))
    #expect(capture.output.contains("Exit status: 0 no errors, 1 errors found, 2 usage or input failure."))
    let (checkStatus, checkCapture) = run(["check", "--help"])
    #expect(checkStatus == 0)
    #expect(checkCapture.output.contains("--format <format>"))
  }

  @Test("colour only on a terminal, and never with NO_COLOR")
  func colour() throws {
    let tree = try TemporaryTree(SampleDefinitions.tree(procedures: ["p.yaml": "code: x\n"]))
    defer { tree.remove() }
    let escape = "\u{1B}["
    #expect(!run(["check", tree.root]).1.output.contains(escape))
    #expect(run(["check", tree.root], terminal: true).1.output.contains(escape))
    #expect(!run(["check", tree.root], terminal: true, environment: ["NO_COLOR": "1"]).1.output.contains(escape))
    #expect(run(["check", tree.root, "--color", "always"]).1.output.contains(escape))
  }

  @Test("a progress line on a terminal's standard error outside CI, or when asked; never in pipes")
  func progress() {
    let files = "12/12 files"
    #expect(run(["check", Self.procedures]).1.error.isEmpty)
    #expect(run(["check", Self.procedures], errorTerminal: true).1.error.contains("tthc check: " + files))
    #expect(run(["check", Self.procedures], errorTerminal: true, environment: ["CI": "true"]).1.error.isEmpty)
    let forced = run(["check", Self.procedures, "--progress"], environment: ["CI": "true"])
    #expect(forced.0 == 0)
    #expect(forced.1.error.contains("tthc check: " + files))
    #expect(!forced.1.output.contains(files))
    let build = run(["build", Self.procedures, "--out", packageRoot() + "/Generated", "--check", "--progress"])
    #expect(build.0 == 0)
    #expect(build.1.error.contains("tthc build: " + files))
  }

  @Test("json and github formats")
  func formats() throws {
    let tree = try TemporaryTree(SampleDefinitions.tree(procedures: ["p.yaml": SampleDefinitions.procedure(sector: "ho_tic")]))
    defer { tree.remove() }
    let (status, capture) = run(["check", tree.root, "--format", "json", "--lang", "en"])
    #expect(status == 1)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(capture.output.utf8)) as? [String: Any])
    let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
    #expect(diagnostics.first?["code"] as? String == "R001")
    #expect(diagnostics.first?["message"] as? String == "sector \"ho_tic\" is not in sectors.yaml")
    #expect((object["summary"] as? [String: Any])?["errors"] as? Int == 1)
    let github = run(["check", tree.root, "--format", "github"]).1.output
    #expect(github.hasPrefix("::error file=\(tree.path("p.yaml")),line=3,col=9,"))
  }

  @Test("--fail-on decides the exit status independently of what is printed")
  func failOn() throws {
    let tree = try TemporaryTree(SampleDefinitions.tree(procedures: [
      "p.yaml": SampleDefinitions.procedure().replacingOccurrences(of: "authority_level: commune", with: "authority_level: district"),
    ]))
    defer { tree.remove() }
    #expect(run(["check", tree.root]).0 == 0)  // a warning only
    #expect(run(["check", tree.root, "--fail-on", "warning"]).0 == 1)
    #expect(run(["check", tree.root, "--fail-on", "note"]).0 == 1)
    #expect(run(["check", tree.root, "--fail-on", "error"]).0 == 0)
  }

  @Test("sarif: one run with rule metadata, results with locations and related notes")
  func sarif() throws {
    let tree = try TemporaryTree(SampleDefinitions.tree(procedures: [
      "a.yaml": SampleDefinitions.procedure(), "b.yaml": SampleDefinitions.procedure(),
    ]))
    defer { tree.remove() }
    let (status, capture) = run(["check", tree.root, "--format", "sarif", "--lang", "en"])
    #expect(status == 1)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(capture.output.utf8)) as? [String: Any])
    #expect(object["version"] as? String == "2.1.0")
    let runs = try #require(object["runs"] as? [[String: Any]])
    let driver = try #require((runs.first?["tool"] as? [String: Any])?["driver"] as? [String: Any])
    let rules = try #require(driver["rules"] as? [[String: Any]])
    #expect(rules.count == DiagnosticCodeInfo.all.count)
    let results = try #require(runs.first?["results"] as? [[String: Any]])
    #expect(results.count == 1)
    #expect(results.first?["ruleId"] as? String == "R004")
    #expect((results.first?["relatedLocations"] as? [[String: Any]])?.count == 1)
    let rule = try #require(rules[results.first?["ruleIndex"] as? Int ?? -1] as [String: Any]?)
    #expect(rule["id"] as? String == "R004")
  }

  @Test("suppression comments silence one diagnostic with a reason, and are reported when unused")
  func suppression() throws {
    let procedure = SampleDefinitions.procedure()
      .replacingOccurrences(of: "processing_time: 1 working_day", with: "# tthc: ignore[W004] set by a provincial decision\nprocessing_time: 1 hour")
      .replacingOccurrences(of: "online_level: 4", with: "online_level: 4  # tthc: ignore[S005] nothing to hide")
    let tree = try TemporaryTree(SampleDefinitions.tree(procedures: ["p.yaml": procedure]))
    defer { tree.remove() }
    let (status, capture) = run(["check", tree.root, "--lang", "en"])
    #expect(status == 0)
    #expect(!capture.output.contains("W004"))
    #expect(capture.output.contains("warning[I001]: there is no S005 here to suppress"))
  }

  @Test("the cache goes where it is told, is left alone with --no-cache, and never stops a run")
  func cacheOptions() throws {
    let tree = try TemporaryTree(SampleDefinitions.tree(procedures: ["p.yaml": SampleDefinitions.procedure()]))
    defer { tree.remove() }
    let folder = tree.path("my-cache")
    #expect(run(["check", tree.root, "--cache-dir", folder]).0 == 0)
    #expect(FileManager.default.fileExists(atPath: folder + "/CACHEDIR.TAG"))
    #expect(FileManager.default.contents(atPath: folder + "/.gitignore") == Data("*\n".utf8))
    let fromEnvironment = tree.path("env-cache")
    #expect(run(["check", tree.root], environment: ["TTHC_CACHE_DIR": fromEnvironment]).0 == 0)
    #expect(FileManager.default.fileExists(atPath: fromEnvironment))
    let unused = tree.path("unused-cache")
    #expect(run(["check", tree.root, "--no-cache"], environment: ["TTHC_CACHE_DIR": unused]).0 == 0)
    #expect(run(["build", tree.root, "--out", tree.path("out"), "--no-cache"], environment: ["TTHC_CACHE_DIR": unused]).0 == 0)
    #expect(!FileManager.default.fileExists(atPath: unused))
    // A cache that cannot be written (a file where the folder should be) changes nothing but speed.
    try tree.write("blocked", "not a folder\n")
    let (status, capture) = run(["build", tree.root, "--out", tree.path("out2"), "--cache-dir", tree.path("blocked")])
    #expect(status == 0)
    #expect(capture.error.isEmpty)
    #expect(FileManager.default.fileExists(atPath: tree.path("out2/catalog.json")))
    // A build that keeps every file says so just as a full one does.
    let full = run(["build", tree.root, "--out", tree.path("out3"), "--cache-dir", folder, "--lang", "en"]).1.output
    let kept = run(["build", tree.root, "--out", tree.path("out3"), "--cache-dir", folder, "--lang", "en"]).1.output
    #expect(full.hasSuffix("Wrote 7 files to \(tree.path("out3")).\n"))
    #expect(kept == full)
    // The output is the same with and without a cache, byte for byte.
    let cached = run(["check", tree.root, "--cache-dir", folder, "--format", "json"]).1.output
    #expect(cached == run(["check", tree.root, "--no-cache", "--format", "json"]).1.output)
  }

  /// The report is made while the files are put in place; it must still come first, whole,
  /// and be the one `check` prints — after a full build, an incremental one and a drift check.
  @Test("build prints the check's report, then what it wrote")
  func buildReportComesFirst() throws {
    let noisy = SampleDefinitions.procedure(code: "1.000002").replacingOccurrences(of: "online_level: 4", with: "online_level: 3")
    let tree = try TemporaryTree(SampleDefinitions.tree(procedures: ["a.yaml": SampleDefinitions.procedure(), "b.yaml": noisy]))
    defer { tree.remove() }
    let report = run(["check", tree.root, "--lang", "en", "--no-cache"]).1.output
    #expect(report.contains("note[") || report.contains("warning["), "the tree has something to report: \(report)")
    let out = tree.path("out")
    for _ in 0..<2 {
      let (status, capture) = run(["build", tree.root, "--out", out, "--lang", "en", "--cache-dir", tree.path("cache")])
      #expect(status == 0)
      #expect(capture.output.hasPrefix(report))
      #expect(capture.output.dropFirst(report.count).hasPrefix("Wrote "))
    }
    let drift = run(["build", tree.root, "--out", out, "--lang", "en", "--check"]).1.output
    #expect(drift == report + "\(out) is up to date (12 files).\n")
  }

  @Test("an output folder that cannot be made is an input error, and nothing is left behind")
  func unwritableOutput() throws {
    let tree = try TemporaryTree(SampleDefinitions.tree(procedures: ["p.yaml": SampleDefinitions.procedure()]))
    defer { tree.remove() }
    try tree.write("out/blocked", "a file where a folder should be\n")
    let before = try FileManager.default.contentsOfDirectory(atPath: tree.path("out")).sorted()
    // The output folder is a file; the output folder's parent is a file.
    for output in [tree.path("out/blocked"), tree.path("out/blocked/Generated")] {
      let (status, capture) = run(["build", tree.root, "--out", output, "--no-cache", "--lang", "en"])
      #expect(status == 2, "\(output)")
      #expect(capture.error.hasPrefix("tthc: "), "\(output)")
      #expect(capture.error.contains(tree.path("out/blocked")), "\(output)")
      #expect(try FileManager.default.contentsOfDirectory(atPath: tree.path("out")).sorted() == before)
    }
    // Definitions that cannot be found: the output folder is not touched, and folders made
    // for a new one are removed again.
    for output in [tree.path("out/Generated"), tree.path("out/new/deeper/Generated")] {
      let (status, _) = run(["build", tree.path("missing"), "--out", output, "--no-cache"])
      #expect(status == 2)
      #expect(try FileManager.default.contentsOfDirectory(atPath: tree.path("out")).sorted() == before)
    }
    // With errors in the definitions, the same.
    try tree.write("p.yaml", "code: x\n")
    #expect(run(["build", tree.root, "--out", tree.path("out/new/deeper/Generated"), "--no-cache"]).0 == 1)
    #expect(try FileManager.default.contentsOfDirectory(atPath: tree.path("out")).sorted() == before)
  }

  @Test("a cache is used by any copy of the same tthc (a CI runner restoring it), never by another build")
  func cacheFollowsTheProgramsBytes() throws {
    let binary = try #require(builtExecutable(), "tthc was not built; run swift build first")
    let tree = try TemporaryTree(SampleDefinitions.tree(procedures: [
      "a.yaml": SampleDefinitions.procedure(code: "1.000001"), "b.yaml": SampleDefinitions.procedure(code: "1.000002"),
    ]))
    defer { tree.remove() }
    // Two copies of the same bytes (other files, other inodes), and a build that differs by one byte.
    try FileManager.default.createDirectory(atPath: tree.path("bin"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: binary, toPath: tree.path("bin/first"))
    try FileManager.default.copyItem(atPath: binary, toPath: tree.path("bin/second"))
    var other = try Data(contentsOf: URL(fileURLWithPath: binary))
    other.append(0)
    try other.write(to: URL(fileURLWithPath: tree.path("bin/other")))
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: tree.path("bin/other"))
    // Stamps prove nothing within a second of a file's change; wait that second out.
    Thread.sleep(forTimeInterval: 2.1)
    let arguments = ["check", tree.root, "--cache-dir", tree.path("cache")]
    #expect(try launch(tree.path("bin/first"), arguments) == 0)
    let folder = tree.path("cache/v2")
    let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0 != "program" })
    /// The cache file's inode and modification time: both stay as they are unless it is rewritten.
    func cacheFile() throws -> String {
      let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/" + name)
      return "\(attributes[.systemFileNumber] ?? "") \((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
    }
    let written = try cacheFile()
    // The same bytes: every record is used, so the cache file is not even rewritten.
    #expect(try launch(tree.path("bin/second"), arguments) == 0)
    #expect(try cacheFile() == written)
    // Other bytes: nothing is used, and the cache is made afresh.
    #expect(try launch(tree.path("bin/other"), arguments) == 0)
    #expect(try cacheFile() != written)
  }

  @Test("the built executable exits 0, 1 and 2")
  func executable() throws {
    let binary = try #require(builtExecutable(), "tthc was not built; run swift build first")
    let tree = try TemporaryTree(SampleDefinitions.tree(procedures: ["p.yaml": "code: 1.001193\n"]))
    defer { tree.remove() }
    #expect(try launch(binary, ["check", Self.procedures, "--no-cache"]) == 0)
    #expect(try launch(binary, ["check", tree.root, "--no-cache"]) == 1)
    #expect(try launch(binary, ["check", "/nonexistent", "--no-cache"]) == 2)
    #expect(try launch(binary, ["check", "--nope"]) == 2)
  }

  private func builtExecutable() -> String? {
    let root = packageRoot()
    let candidates: [String?] = [
      ProcessInfo.processInfo.environment["TTHC_BINARY"],
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("tthc").path,
      root + "/.build/debug/tthc",
    ]
    return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  private func launch(_ binary: String, _ arguments: [String]) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }
}
