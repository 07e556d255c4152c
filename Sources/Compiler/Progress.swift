import Dispatch
import Foundation

/// A progress line for long runs on a terminal: files done of the total, and the rate.
/// Workers count with `advance()`; a timer redraws the line on standard error every 200 ms,
/// and `finish()` draws the final count and erases the line. Nothing is printed unless a `Progress` is made, which the
/// commands do only for a terminal (or `--progress`).
public final class Progress: @unchecked Sendable {
  private let lock = NSLock()
  private var done = 0
  private var total = 0
  private var label = ""
  private var running = false
  private var started = DispatchTime.now()
  private var timer: DispatchSourceTimer?
  private let write: @Sendable (String) -> Void

  public init(write: @escaping @Sendable (String) -> Void) {
    self.write = write
  }

  /// Begins a phase of `total` files; the line shows `label` until the next phase.
  func start(_ label: String, total: Int) {
    lock.withLock {
      self.label = label
      self.total = total
      self.done = 0
      self.started = DispatchTime.now()
      self.running = true
    }
    guard timer == nil else { return }
    let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
    timer.schedule(deadline: .now() + .milliseconds(200), repeating: .milliseconds(200))
    timer.setEventHandler { [weak self] in self?.draw() }
    timer.resume()
    self.timer = timer
  }

  func advance() {
    lock.withLock { done += 1 }
  }

  /// Redraws the line while a phase is running; a timer tick that arrives after `finish()`
  /// draws nothing, so the erased line stays erased.
  private func draw() {
    lock.withLock {
      guard running else { return }
      drawLine()
    }
  }

  /// Called with the lock held.
  private func drawLine() {
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
    let rate = seconds > 0 ? Int(Double(done) / seconds) : 0
    write("\r\(label) \(done)/\(total) files, \(rate) files/s\u{1B}[K")
  }

  /// Stops redrawing, shows the final count and erases the line.
  public func finish() {
    timer?.cancel()
    timer = nil
    lock.withLock {
      running = false
      drawLine()
      write("\r\u{1B}[K")
    }
  }
}
