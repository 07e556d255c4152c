import Calendar
import Compiler
import Foundation
import Generators
import Semantics
import TestSupport
import Testing

/// Reads every file below a folder, by relative path.
func readTree(_ folder: String) -> [String: [UInt8]] {
  var files: [String: [UInt8]] = [:]
  guard let walker = FileManager.default.enumerator(atPath: folder) else { return files }
  while let relative = walker.nextObject() as? String {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
      files[relative] = FileManager.default.contents(atPath: folder + "/" + relative).map { [UInt8]($0) }
    }
  }
  return files
}

@Suite("tthc build")
struct BuildTests {
  static let fixtures = directory() + "/Fixtures"

  static let cases = ["basic", "vi_only"]

  @Test("the generated tree equals the expected tree byte for byte", arguments: cases)
  func goldenTree(name: String) throws {
    let outcome = try Builder.build(path: Self.fixtures + "/\(name)/Procedures")
    let files = try #require(outcome.files)
    let expectedFolder = Self.fixtures + "/\(name)/Expected"
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
      try? FileManager.default.removeItem(atPath: expectedFolder)
      try OutputTree.write(files, to: expectedFolder)
      Issue.record("recorded the expected tree; review it with git diff and run again")
      return
    }
    let drift = OutputTree.drift(of: files, against: expectedFolder)
    #expect(drift.isEmpty, "missing \(drift.missing), stale \(drift.stale), extra \(drift.extra)")
  }

  @Test("author text reaches HTML only escaped, and scripts only as string literals")
  func hostileTextIsEscaped() throws {
    let files = try #require(try Builder.build(path: Self.fixtures + "/basic/Procedures").files)
    let form = try #require(files.first { $0.path == "forms/2.000001.html" })
    let html = String(decoding: form.bytes, as: UTF8.self)
    // The only <script> element is the form's own, and no injected markup survives as markup.
    #expect(html.components(separatedBy: "<script>").count == 2)
    #expect(!html.contains("<img src=x"))
    #expect(!html.contains("</textarea><script>"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"))
    let bpmn = try #require(files.first { $0.path == "workflows/2.000001.bpmn" })
    #expect(!String(decoding: bpmn.bytes, as: UTF8.self).contains("<script>"))
  }

  @Test("every form's script is valid JavaScript (node --check)")
  func scriptsParse() throws {
    let node = try #require(["/usr/bin/node", "/usr/local/bin/node"].first { FileManager.default.isExecutableFile(atPath: $0) })
    let files = try #require(try Builder.build(path: packageRoot() + "/Procedures").files)
      + (try #require(try Builder.build(path: Self.fixtures + "/basic/Procedures").files))
    for form in files where form.path.hasSuffix(".html") {
      let html = String(decoding: form.bytes, as: UTF8.self)
      let script = try #require(html.components(separatedBy: "<script>\n").last?.components(separatedBy: "\n</script>").first)
      let file = FileManager.default.temporaryDirectory.appendingPathComponent("tthc-form-\(UUID().uuidString).js")
      try Data(script.utf8).write(to: file)
      defer { try? FileManager.default.removeItem(at: file) }
      let process = Process()
      process.executableURL = URL(fileURLWithPath: node)
      process.arguments = ["--check", file.path]
      try process.run()
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "\(form.path) has a script node cannot parse")
    }
  }

  @Test("a province's template restyles forms without recompiling")
  func templateOverride() throws {
    let template = try FormPageTemplate(source: "<!DOCTYPE html><html lang=\"{{lang}}\"><head><title>{{title}}</title></head><body class=\"tinh\">{{{body}}}<script>{{{script}}}</script></body></html>")
    let files = try #require(try Builder.build(path: Self.fixtures + "/basic/Procedures", formTemplate: template).files)
    let form = String(decoding: try #require(files.first { $0.path == "forms/2.000001.html" }).bytes, as: UTF8.self)
    #expect(form.hasPrefix("<!DOCTYPE html><html lang=\"vi\"><head><title>Thủ tục &lt;script&gt;"))
    #expect(form.contains("<body class=\"tinh\">"))
  }

  @Test("the calendar in catalog.json gives the same working days as tthc, every day of ten years")
  func portalCalendarAgrees() throws {
    let outcome = try Builder.build(path: packageRoot() + "/Procedures")
    let catalog = try #require(outcome.files?.first { $0.path == "catalog.json" })
    let object = try #require(try JSONSerialization.jsonObject(with: Data(catalog.bytes)) as? [String: Any])
    let calendar = try #require(object["calendar"] as? [String: Any])
    let years = try #require(calendar["years"] as? [String: [String: Any]])
    #expect(years.count == 10)
    let set = try #require(outcome.check.definitions.first)
    let swift = OfficeSchedules.calendar(catalog: set.catalog, agency: nil, definition: set.calendar)
    var compared = 0
    for (yearText, entry) in years {
      let year = try #require(Int(yearText))
      let off = Set((entry["daysOff"] as? [[String: Any]] ?? []).compactMap { $0["date"] as? String })
      let worked = Set(entry["extraWorkingDays"] as? [String] ?? [])
      var day = JulianDay.number(year: year, month: 1, day: 1)
      while JulianDay.date(day).year == year {
        let date = JulianDay.date(day)
        let text = String(format: "%04d-%02d-%02d", date.year, date.month, date.day)
        // What a portal does with the catalog alone.
        let portal = worked.contains(text) || (JulianDay.weekday(day) < 5 && !off.contains(text))
        #expect(portal == swift.isWorkingDay(day), "\(text)")
        day += 1
        compared += 1
      }
    }
    #expect(compared >= 3650)
  }

  @Test("building twice gives byte-identical files")
  func deterministic() throws {
    let first = try #require(try Builder.build(path: Self.fixtures + "/basic/Procedures").files)
    let second = try #require(try Builder.build(path: Self.fixtures + "/basic/Procedures").files)
    #expect(first == second)
  }

  @Test("nothing is generated when the definitions have errors")
  func errorsStopTheBuild() throws {
    let tree = try TemporaryTree(SampleDefinitions.tree(procedures: ["p.yaml": "code: x\n"]))
    defer { tree.remove() }
    let outcome = try Builder.build(path: tree.root)
    #expect(outcome.files == nil)
    #expect(outcome.check.hasErrors)
  }

  @Test("--check lists missing, stale and extra files")
  func drift() throws {
    let files = [
      OutputFile(path: "a.json", text: "a\n"), OutputFile(path: "forms/b.html", text: "b\n"), OutputFile(path: "c.md", text: "c\n"),
      OutputFile(path: "longer.md", text: "d\n"), OutputFile(path: "shorter.md", text: "e\nf\n"),
    ]
    let tree = try TemporaryTree([
      "a.json": "a\n", "forms/b.html": "old\n", "old/removed.csv": "x\n",
      // The same first bytes, then more or fewer on disk.
      "longer.md": "d\nmore\n", "shorter.md": "e\n",
    ])
    defer { tree.remove() }
    let drift = OutputTree.drift(of: files, against: tree.root)
    #expect(drift.missing == ["c.md"])
    #expect(drift.stale == ["forms/b.html", "longer.md", "shorter.md"])
    #expect(drift.extra == ["old/removed.csv"])
    try OutputTree.write(files, to: tree.root + "/out")
    #expect(OutputTree.drift(of: files, against: tree.root + "/out").isEmpty)
  }

  @Test("writing replaces the whole tree: files of removed procedures disappear, leftovers are cleaned")
  func replaceWholeTree() throws {
    let tree = try TemporaryTree(["keep.txt": "x\n"])
    defer { tree.remove() }
    let out = tree.root + "/Generated"
    try OutputTree.write([OutputFile(path: "workflows/1.000001.md", text: "old\n")], to: out)
    try FileManager.default.createDirectory(atPath: tree.root + "/Generated.tmp-99999/forms", withIntermediateDirectories: true)
    try OutputTree.write([OutputFile(path: "workflows/1.000002.md", text: "new\n")], to: out)
    #expect(readTree(out) == ["workflows/1.000002.md": Array("new\n".utf8)])
    let siblings = try FileManager.default.contentsOfDirectory(atPath: tree.root).sorted()
    #expect(siblings == ["Generated", "keep.txt"])
  }

  @Test("unchanged files are linked from the old tree, changed ones written anew, the old tree untouched")
  func unchangedFilesAreLinked() throws {
    let tree = try TemporaryTree(["keep.txt": "x\n"])
    defer { tree.remove() }
    let out = tree.root + "/Generated"
    func inode(_ path: String) throws -> Int {
      try #require(try FileManager.default.attributesOfItem(atPath: out + "/" + path)[.systemFileNumber] as? Int)
    }
    try OutputTree.write(
      [OutputFile(path: "forms/same.html", text: "same\n"), OutputFile(path: "forms/edited.html", text: "before\n"),
       OutputFile(path: "grown.md", text: "a\n")], to: out)
    let same = try inode("forms/same.html")
    let edited = try inode("forms/edited.html")
    // Keep the old tree's files reachable so the file system cannot reuse their numbers.
    try FileManager.default.linkItem(atPath: out + "/forms/edited.html", toPath: tree.root + "/old-edited")
    try OutputTree.write(
      [OutputFile(path: "forms/same.html", text: "same\n"), OutputFile(path: "forms/edited.html", text: "after\n"),
       OutputFile(path: "grown.md", text: "a\nb\n")], to: out)
    #expect(try inode("forms/same.html") == same)
    #expect(try inode("forms/edited.html") != edited)
    #expect(readTree(out) == [
      "forms/same.html": Array("same\n".utf8), "forms/edited.html": Array("after\n".utf8), "grown.md": Array("a\nb\n".utf8),
    ])
    #expect(FileManager.default.contents(atPath: tree.root + "/old-edited") == Data("before\n".utf8))
  }

  @Test("a build killed by a signal leaves the old tree or the new one, never a mix")
  func killedBuild() throws {
    let binary = try #require(builtExecutable(), "tthc was not built")
    var procedures: [String: String] = [:]
    let valid = try String(contentsOfFile: Self.fixtures + "/basic/Procedures/ho_tich/khai_sinh.yaml", encoding: .utf8)
    for index in 0..<300 {
      procedures["p/\(index).yaml"] = valid.replacingOccurrences(of: "code: 1.001193", with: String(format: "code: 1.%06d", index))
    }
    var files = procedures
    for name in ["catalog.yaml", "agencies.yaml", "sectors.yaml"] {
      files[name] = try String(contentsOfFile: Self.fixtures + "/basic/Procedures/" + name, encoding: .utf8)
    }
    let tree = try TemporaryTree(files)
    defer { tree.remove() }
    let out = tree.root + "/Generated"
    let cache = ["--cache-dir", tree.root + "/.cache"]
    #expect(try launch(binary, ["build", tree.root, "--out", out] + cache, killAfter: nil) == 0)
    let old = readTree(out)
    // Change every procedure so the new tree differs in every workflow file.
    for (path, content) in procedures {
      try tree.write(path, content.replacingOccurrences(of: "duration: 2 hours", with: "duration: 1 hour"))
    }
    let new = try #require(try Builder.build(path: tree.root).files)
    let newTree = Dictionary(uniqueKeysWithValues: new.map { ($0.path, $0.bytes) })
    #expect(newTree != old)
    for delay in [0.05, 0.15, 0.3, 0.5] {
      _ = try launch(binary, ["build", tree.root, "--out", out] + cache, killAfter: delay)
      let now = readTree(out)
      #expect(now == old || now == newTree, "after a kill at \(delay) s the tree is a mix")
    }
  }

  @Test("an incremental build killed by a signal leaves the old tree, the new one, or an update the next run finishes")
  func killedIncrementalBuild() throws {
    let binary = try #require(builtExecutable(), "tthc was not built")
    let valid = try String(contentsOfFile: Self.fixtures + "/basic/Procedures/ho_tich/khai_sinh.yaml", encoding: .utf8)
    func procedures(version: Int) -> [String: String] {
      var procedures: [String: String] = [:]
      for index in 0..<300 {
        let text = valid.replacingOccurrences(of: "code: 1.001193", with: String(format: "code: 1.%06d", index))
        // Every third procedure differs between the two versions; the rest stay as they are.
        procedures["p/\(index).yaml"] = index % 3 == 0 && version == 1 ? text.replacingOccurrences(of: "duration: 2 hours", with: "duration: 1 hour") : text
      }
      return procedures
    }
    var files = procedures(version: 0)
    for name in ["catalog.yaml", "agencies.yaml", "sectors.yaml"] {
      files[name] = try String(contentsOfFile: Self.fixtures + "/basic/Procedures/" + name, encoding: .utf8)
    }
    let tree = try TemporaryTree(files)
    defer { tree.remove() }
    let out = tree.root + "/Generated"
    let command = ["build", tree.root, "--out", out, "--cache-dir", tree.root + "/.cache"]
    #expect(try launch(binary, command, killAfter: nil) == 0)
    var expected: [[String: [UInt8]]] = []
    for version in [0, 1] {
      for (path, content) in procedures(version: version) { try tree.write(path, content) }
      let built = try #require(try Builder.build(path: tree.root).files)
      expected.append(Dictionary(uniqueKeysWithValues: built.map { ($0.path, $0.bytes) }))
    }
    var finished = 0
    for (round, delay) in [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.6].enumerated() {
      let before = readTree(out)
      let version = (round + 1) % 2
      for (path, content) in procedures(version: version) { try tree.write(path, content) }
      _ = try launch(binary, command, killAfter: delay)
      if OutputTree.hasInterruptedUpdate(out) {
        OutputTree.finishInterruptedUpdate(of: out)
        finished += 1
        #expect(readTree(out) == expected[version], "the update a kill at \(delay) s cut short was not finished right")
      } else {
        let now = readTree(out)
        #expect(now == before || now == expected[version], "after a kill at \(delay) s the tree is a mix")
      }
      // The next build is right whatever the kill left.
      #expect(try launch(binary, command, killAfter: nil) == 0)
      #expect(readTree(out) == expected[version])
    }
    // Which phase a kill lands in depends on the machine; record it for the curious.
    print("incremental kill test: \(finished) of 8 kills landed while files were being moved")
  }

  private func builtExecutable() -> String? {
    let candidates: [String?] = [
      ProcessInfo.processInfo.environment["TTHC_BINARY"],
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("tthc").path,
      packageRoot() + "/.build/debug/tthc",
    ]
    return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  private func launch(_ binary: String, _ arguments: [String], killAfter delay: Double?) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    if let delay {
      Thread.sleep(forTimeInterval: delay)
      kill(process.processIdentifier, SIGKILL)
    }
    process.waitUntilExit()
    return process.terminationStatus
  }
}
