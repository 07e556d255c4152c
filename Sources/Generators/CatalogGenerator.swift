import Model

/// `catalog.json`: every procedure as portals consume it (schema: `catalog.schema.json`).
public struct CatalogGenerator: Generator {
  public static let formatVersion: Int64 = 1

  public init() {}

  public func generate(_ input: BuildInput) -> [OutputFile] {
    let entries = input.procedures.map { entry(for: $0, in: input)[...] }
    return [OutputFile(path: "catalog.json", bytes: joined(input, entries: entries).bytes)]
  }

  /// One procedure's entry in the `procedures` list, rendered as it is placed there, so that
  /// entries can be made in parallel, or copied from an earlier catalog, and then joined.
  public func entry(for procedure: CheckedProcedure, in input: BuildInput) -> [UInt8] {
    var out = JSONStream(level: Self.entryIndent, capacity: 8192)
    CatalogEntry.write(procedure, in: input, to: &out)
    return out.bytes
  }

  /// The indentation level of the entries: the document, its `procedures` member, the list.
  static let entryIndent = 2

  /// The catalog's bytes with `entries` (rendered entries, sorted by code) as its
  /// `procedures`, and where each entry lies in them.
  public func joined(_ input: BuildInput, entries: [ArraySlice<UInt8>]) -> (bytes: [UInt8], entries: [Range<Int>]) {
    let frame = frame(input, entryCount: entries.count)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(frame.bytes.count + entries.reduce(0) { $0 + $1.count })
    var ranges: [Range<Int>] = []
    ranges.reserveCapacity(entries.count)
    var copied = 0
    for (place, entry) in zip(frame.places, entries) {
      bytes += frame.bytes[copied..<place]
      copied = place
      let start = bytes.count
      bytes += entry
      ranges.append(start..<bytes.count)
    }
    bytes += frame.bytes[copied...]
    return (bytes, ranges)
  }

  /// The catalog without its entries, and the offset in it where each of `entryCount`
  /// entries goes (in order): the catalog is the frame with the entries inserted there.
  public func frame(_ input: BuildInput, entryCount: Int) -> (bytes: [UInt8], places: [Int]) {
    let skeleton = document(input, entryCount: entryCount).bytesLocatingRaw()
    return (skeleton.bytes, skeleton.raw.map(\.lowerBound))
  }

  private func document(_ input: BuildInput, entryCount: Int) -> JSONValue {
    let catalog = input.catalog
    return [
      "formatVersion": .integer(Self.formatVersion),
      "jurisdiction": Self.text(catalog.jurisdiction),
      "publisher": Self.text(catalog.publisher),
      "languages": .array(catalog.languages.map { .string($0.value) }),
      "defaultLanguage": .string(catalog.defaultLanguage?.value ?? catalog.languages.first?.value ?? "vi"),
      "procedures": .array(Array(repeating: JSONValue.raw(""), count: entryCount)),
      "calendar": CalendarSection.json(input),
    ]
  }

  static func text(_ text: Text) -> JSONValue {
    .object(JSONObject(keepingFirst: CatalogEntry.members(of: text).map { ($0.language, JSONValue.string($0.value)) }))
  }
}
