import Dispatch

/// Text made on another thread while the caller goes on; reading `text` waits for it.
final class TextInTheBackground: @unchecked Sendable {
  private var value = ""
  private let done = DispatchGroup()

  init(_ make: @escaping @Sendable () -> String) {
    DispatchQueue.global().async(group: done) { self.value = make() }
  }

  var text: String {
    done.wait()
    return value
  }
}
