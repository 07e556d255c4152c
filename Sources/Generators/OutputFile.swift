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

/// A generator whose files each come from one procedure, so procedures can be generated in
/// parallel; `generate(_:)` over the whole input follows.
public protocol ProcedureGenerator: Generator {
  func generate(_ procedure: CheckedProcedure, in input: BuildInput) -> [OutputFile]
}

extension ProcedureGenerator {
  public func generate(_ input: BuildInput) -> [OutputFile] {
    input.procedures.flatMap { generate($0, in: input) }
  }
}
