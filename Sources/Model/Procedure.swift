import Diagnostics

/// One entry of `legal_basis`: a law, decree or circular the procedure rests on.
public struct LegalReference: Sendable {
  public var id: Located<String>
  public var title: Text

  public init(id: Located<String>, title: Text) {
    self.id = id
    self.title = title
  }
}

/// What the applicant receives (kết quả thực hiện).
public struct ProcedureResult: Sendable {
  public var name: Text
  public var delivery: [Located<Channel>]
  /// Whether an electronic result has legal value.
  public var electronic: Bool
  /// The national result code, e.g. `KQ.G15.000031`.
  public var code: Located<String>?
  /// End outcomes besides `issued` that mean success, e.g. `registered`.
  public var successOutcomes: [Located<String>]
  /// Where `delivery` is written.
  public var deliverySpan: Span?

  public init(name: Text) {
    self.name = name
    self.delivery = []
    self.electronic = false
    self.successOutcomes = []
  }
}

/// One administrative procedure (thủ tục hành chính), as decoded from its file.
///
/// Keys that were missing or wrong are already reported; the decoder fills what it could
/// read, so later checks see every part that was written correctly. A procedure exists
/// when its identity (code, name, sector, agency) could be read.
public struct Procedure: Sendable {
  public var source: SourceFile
  /// The national code, `1.001193`; kept as text.
  public var code: Located<String>
  public var name: Text
  public var description: Text?
  public var sector: Located<String>
  /// Nil only when it was wrong or missing (and so already reported), as for every optional part below
  /// that the format requires.
  public var authorityLevel: Located<AuthorityLevel>?
  public var agency: Located<String>
  public var applicants: [Located<ApplicantKind>]
  public var onlineLevel: Located<Int>?
  public var legalBasis: [LegalReference]
  public var channels: [Located<Channel>]
  public var payment: [Located<PaymentMethod>]
  public var fields: [Field]
  public var documents: [Document]
  public var fees: [Fee]
  public var processingTime: ProcessingTime?
  /// Where `processing_time` was written (the mapping's start when it is missing).
  public var processingTimeSpan: Span
  public var steps: [Step]
  public var result: ProcedureResult?
  /// Where each top-level key is written, for checks that point at a whole entry.
  public var keySpans: [String: Span]
  /// Ids of entries that were written but could not be decoded (already reported), by list
  /// (`steps`, `fields`…), so later checks do not report references to them as unknown.
  public var incompleteIDs: [String: Set<String>]
  /// Whether decoding this file reported errors; checks that weigh the whole procedure
  /// (the online level) are skipped then, as their verdict would rest on guesses.
  public var hasDecodingErrors: Bool

  public init(source: SourceFile, code: Located<String>, name: Text, sector: Located<String>, agency: Located<String>) {
    self.source = source
    self.code = code
    self.name = name
    self.sector = sector
    self.agency = agency
    self.applicants = []
    self.legalBasis = []
    self.channels = []
    self.payment = []
    self.fields = []
    self.documents = []
    self.fees = []
    self.processingTimeSpan = Span(at: Mark(line: 0, column: 0))
    self.steps = []
    self.keySpans = [:]
    self.incompleteIDs = [:]
    self.hasDecodingErrors = false
  }
}
