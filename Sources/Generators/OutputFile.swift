/// One generated file: its path inside the output folder (with `/`) and its exact bytes.
public struct OutputFile: Sendable, Equatable {
  public var path: String
  public var bytes: [UInt8]

  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }

  public init(path: String, text: String) {
    self.path = path
    self.bytes = Array(text.utf8)
  }
}

/// Makes some of the files of `Generated/` from the checked definitions. Generators emit no
/// diagnostics: anything wrong was a check's job, and generation runs only without errors.
public protocol Generator: Sendable {
  func generate(_ input: BuildInput) -> [OutputFile]
}
