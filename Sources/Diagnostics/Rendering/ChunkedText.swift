import Dispatch

/// Text made in chunks on all cores and joined in order: a national tree's reports have
/// tens of thousands of diagnostics, each rendered on its own.
enum ChunkedText {
  /// The texts `chunk` makes for consecutive ranges of `0..<count` (up to 64 ranges of at
  /// least 512 items each, one when there are fewer), joined in the ranges' order.
  static func joined(count: Int, _ chunk: @Sendable (Range<Int>) -> String) -> String {
    let chunkCount = min(64, max(1, count / 512))
    let chunks = ParallelSlots<String>(count: chunkCount)
    DispatchQueue.concurrentPerform(iterations: chunkCount) { index in
      chunks.store(chunk((count * index / chunkCount)..<(count * (index + 1) / chunkCount)), at: index)
    }
    return chunks.takeResults().joined()
  }
}
