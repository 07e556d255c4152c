@testable import Compiler
import Foundation
import TestSupport
import Testing

/// What a build's per-procedure work is given while files are checked in batches.
@Suite("Handing checked procedures over in batches")
struct HandOverTests {
  /// Codes handed over, from whichever worker.
  final class Received: @unchecked Sendable {
    private let lock = NSLock()
    private var codes: [String] = []

    func add(_ code: String) { lock.withLock { codes.append(code) } }
    var all: [String] { lock.withLock { codes } }
  }

  @Test("every procedure without errors is handed over exactly once, across batch boundaries; models are let go after")
  func everyProcedureOnce() throws {
    // 150 files make batches of 9 on two workers, so the last batch is partial.
    var procedures: [String: String] = [:]
    var expected: [String] = []
    for number in 1...150 {
      let code = String(format: "1.%06d", number)
      let broken = number % 20 == 0  // an unknown sector is an error: not handed over
      procedures[String(format: "ho_tich/p%03d.yaml", number)] =
        SampleDefinitions.procedure(code: code, sector: broken ? "nowhere" : "ho_tich")
      if !broken { expected.append(code) }
    }
    let tree = try TemporaryTree(SampleDefinitions.tree(procedures: procedures))
    defer { tree.remove() }
    let received = Received()
    let result = try Compiler.check(paths: [tree.root], keepModels: false) { _ in
      { procedure in received.add(procedure.code.value) }
    }
    #expect(received.all.sorted() == expected)
    #expect(result.definitions.first?.procedures.isEmpty == true)
    #expect(result.diagnostics.filter { $0.severity == .error }.count == 7)
  }

  @Test(
    "batches hold at most 64 files and give each worker at least eight when there are enough files",
    arguments: [1, 2, 4, 8])
  func batchSizes(workers: Int) {
    for files in [0, 1, 7, 15, 16, 17, 100, 1_000, 10_000, 125_000] {
      let batch = Compiler.batchSize(files: files, workers: workers)
      #expect((1...64).contains(batch))
      if files >= workers * 8 {
        #expect((files + batch - 1) / batch >= workers * 8, "files \(files), batch \(batch)")
      } else {
        #expect(batch == 1)
      }
    }
  }
}
