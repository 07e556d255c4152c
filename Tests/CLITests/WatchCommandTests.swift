import Foundation
import TTHCCommands
import TestSupport
import Testing

/// A command run with `--watch` on another thread, stopped through its context.
final class WatchingCommand: @unchecked Sendable {
  let capture = Capture()
  private let lock = NSLock()
  private var stopRequested = false
  private var status: Int32?
  private let done = DispatchSemaphore(value: 0)

  init(_ arguments: [String]) {
    let context = capture.context(
      environment: ["TTHC_CACHE_DIR": testCacheFolder], shouldStop: { [unowned self] in lock.withLock { stopRequested } })
    Thread.detachNewThread {
      let status = TTHC.main(arguments: arguments, context: context)
      self.lock.withLock { self.status = status }
      self.done.signal()
    }
  }

  /// How many runs standard error says are done (in English or Vietnamese).
  var runsDone: Int {
    capture.error.split(separator: "\n").filter { $0.hasPrefix("tthc: done in ") || $0.hasPrefix("tthc: xong sau ") }.count
  }

  /// Waits (up to 60 s) until standard error says `count` runs are done.
  func waitForRuns(_ count: Int, sourceLocation: SourceLocation = #_sourceLocation) {
    let deadline = Date().addingTimeInterval(60)
    while runsDone < count && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
    #expect(runsDone >= count, "\(capture.error)", sourceLocation: sourceLocation)
  }

  /// Asks it to stop and waits for its exit status.
  func stop() -> Int32? {
    lock.withLock { stopRequested = true }
    _ = done.wait(timeout: .now() + 30)
    return lock.withLock { status }
  }
}

@Suite("tthc build --watch and check --watch")
struct WatchCommandTests {
  @Test("build --watch builds, then builds again after each change to a definition, until stopped")
  func buildWatch() throws {
    let tree = try TemporaryTree(SampleDefinitions.tree(procedures: ["ho_tich/a.yaml": SampleDefinitions.procedure(code: "1.000001")]))
    defer { tree.remove() }
    let out = tree.root + "-out"
    defer { try? FileManager.default.removeItem(atPath: out) }
    let command = WatchingCommand(["build", tree.root, "--out", out, "--watch", "--lang", "en"])
    command.waitForRuns(1)
    #expect(command.capture.output == "Wrote 7 files to \(out).\n")
    #expect(command.capture.error.hasSuffix("; watching \(tree.root) (Ctrl-C to stop)\n"))

    // Neither a file that is not a definition nor what the build wrote starts a run.
    try tree.write("ho_tich/notes.txt", "x\n")
    Thread.sleep(forTimeInterval: 0.6)
    #expect(command.runsDone == 1)
    try tree.write("ho_tich/a.yaml", "code: [\n")
    command.waitForRuns(2)
    #expect(command.capture.error.contains("tthc: changed: \(tree.path("ho_tich/a.yaml")); building again\n"))
    #expect(command.capture.error.contains("tthc: errors found, nothing written to \(out)\n"))
    #expect(command.capture.output.contains("error["))

    try tree.write("ho_tich/b.yaml", SampleDefinitions.procedure(code: "1.000002"))
    try tree.write("ho_tich/a.yaml", SampleDefinitions.procedure(code: "1.000001"))
    command.waitForRuns(3)
    #expect(command.capture.output.hasSuffix("Wrote 12 files to \(out).\n"))
    #expect(FileManager.default.fileExists(atPath: out + "/forms/1.000002.html"))
    Thread.sleep(forTimeInterval: 0.6)
    #expect(command.stop() == 0)
    #expect(command.runsDone == 3, "nothing but definitions started a run")
  }

  @Test("check --watch checks again after a change, in Vietnamese by default")
  func checkWatch() throws {
    let tree = try TemporaryTree(SampleDefinitions.tree(procedures: ["a.yaml": SampleDefinitions.procedure()]))
    defer { tree.remove() }
    let command = WatchingCommand(["check", tree.root, "--watch"])
    command.waitForRuns(1)
    try tree.write("a.yaml", SampleDefinitions.procedure().replacingOccurrences(of: "required: true", with: "required: yes"))
    command.waitForRuns(2)
    #expect(command.capture.error.contains("tthc: đã đổi \(tree.path("a.yaml")); kiểm tra lại\n"))
    #expect(command.capture.output.hasSuffix("1 lỗi trong 4 tệp.\n"))
    #expect(command.stop() == 1, "the status of the last check")
  }

  @Test("--watch cannot go with --check or --no-cache (build), nor watch what is not there")
  func refusals() throws {
    let tree = try TemporaryTree(SampleDefinitions.tree(procedures: ["a.yaml": SampleDefinitions.procedure()]))
    defer { tree.remove() }
    for option in ["--check", "--no-cache"] {
      let (status, capture) = run(["build", tree.root, "--out", tree.path("out"), "--watch", option, "--lang", "en"])
      #expect(status == 2)
      #expect(capture.error == "tthc: --watch cannot be used with \(option)\n")
    }
    let (status, capture) = run(["check", tree.path("missing"), "--watch", "--lang", "en"])
    #expect(status == 2)
    #expect(capture.error == "tthc: no such file or directory: \(tree.path("missing"))\n")
  }
}
