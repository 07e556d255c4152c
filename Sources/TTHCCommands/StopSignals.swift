import Compiler
import Dispatch

#if canImport(Glibc)
  import Glibc
#endif

/// Ctrl-C (SIGINT) and SIGTERM for a process that runs until stopped: the cache file being
/// written in the background is finished first, then the process ends at once, as it would
/// without a handler (an update of the output folder stopped halfway is finished by the next
/// build).
final class StopSignals {
  private var sources: [any DispatchSourceSignal] = []

  init(finishing resident: ResidentCaches) {
    for number in [SIGINT, SIGTERM] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler {
        resident.waitForWrites()
        _exit(128 + number)
      }
      source.resume()
      sources.append(source)
    }
  }
}
