import Model
import Semantics

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
    self.procedure(for: procedure, in: input).rendered(indent: Self.entryIndent)
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
    .object(JSONObject(keepingFirst: text.translations.lazy.map { ($0.language, JSONValue.string($0.value)) }))
  }

  static func optionalText(_ text: Text?) -> JSONValue { text.map(Self.text) ?? .null }

  static func duration(_ duration: Duration, hours: Double) -> JSONValue {
    ["value": .number(Double(duration.halves) / 2), "unit": .string(duration.unit.rawValue), "workingHours": .number(hours)]
  }

  static func target(_ target: StepTarget) -> JSONValue {
    switch target {
    case .step(let id): ["step": .string(id)]
    case .end(let outcome): ["end": .string(outcome)]
    }
  }

  private func procedure(for checked: CheckedProcedure, in input: BuildInput) -> JSONValue {
    let procedure = checked.procedure
    let paths = BuildInput.paths(for: checked.code)
    let agency = input.agencies[procedure.agency.value]
    var processing = JSONObject()
    switch procedure.processingTime {
    case .single(let duration)?:
      for channel in procedure.channels {
        processing[channel.value.rawValue] = Self.duration(duration.value, hours: WorkingTime.hours(ofDeadline: duration.value))
      }
    case .perChannel(let entries)?:
      for entry in entries {
        processing[entry.channel.value.rawValue] = Self.duration(entry.duration.value, hours: WorkingTime.hours(ofDeadline: entry.duration.value))
      }
    case nil:
      break
    }
    let level: JSONValue = [
      "declared": .integer(Int64(procedure.onlineLevel?.value ?? 1)),
      "derived": .integer(Int64(checked.level.achievable)),
      "decree42Class": checked.level.decree42Class.map { .string($0) } ?? .null,
    ]
    let files: JSONValue = [
      "form": .string(paths.form), "formSchema": .string(paths.formSchema), "workflow": .string(paths.workflow),
      "workflowCSV": .string(paths.csv), "bpmn": .string(paths.bpmn),
    ]
    var object = JSONObject()
    object["code"] = .string(checked.code)
    object["name"] = Self.text(procedure.name)
    object["description"] = Self.optionalText(procedure.description)
    object["sector"] = ["id": .string(procedure.sector.value), "name": Self.optionalText(input.sectors[procedure.sector.value]?.name)]
    object["agency"] = ["id": .string(procedure.agency.value), "name": Self.optionalText(agency?.name)]
    object["authorityLevel"] = .string(procedure.authorityLevel?.value.rawValue ?? "other")
    object["applicants"] = .array(procedure.applicants.map { .string($0.value.rawValue) })
    object["onlineLevel"] = level
    object["channels"] = .array(procedure.channels.map { .string($0.value.rawValue) })
    object["payment"] = .array(procedure.payment.map { .string($0.value.rawValue) })
    object["legalBasis"] = .array(procedure.legalBasis.map { ["id": .string($0.id.value), "title": Self.text($0.title)] })
    object["documents"] = .array(procedure.documents.map { document(for: $0, checked) })
    object["fees"] = .array(procedure.fees.map { fee(for: $0, checked) })
    object["processingTime"] = .object(processing)
    object["steps"] = .array(procedure.steps.map(step))
    object["result"] = procedure.result.map(result) ?? .null
    object["files"] = files
    return .object(object)
  }

  private func document(for document: Document, _ checked: CheckedProcedure) -> JSONValue {
    var object = JSONObject()
    object["id"] = .string(document.id.value)
    object["name"] = Self.text(document.name)
    object["kind"] = .string(document.kind.rawValue)
    object["copies"] = .integer(Int64(document.copies))
    object["electronic"] = .bool(document.electronic)
    object["presentOnly"] = .bool(document.presentOnly)
    object["required"] = .bool(document.required)
    object["requiredWhen"] = document.requiredWhen.map { ExpressionJSON.expression($0.value, checked.parsed($0.value)) } ?? .null
    object["template"] = Self.optionalText(document.template)
    object["retrievableFrom"] = document.retrievableFrom.map { .string($0.value) } ?? .null
    return .object(object)
  }

  private func fee(for fee: Fee, _ checked: CheckedProcedure) -> JSONValue {
    var object = JSONObject()
    object["id"] = .string(fee.id.value)
    object["name"] = Self.text(fee.name)
    object["kind"] = .string(fee.kind.value.rawValue)
    object["currency"] = .string(fee.currencyCode)
    object["amount"] = amount(fee.amount.value, checked)
    object["onlineAmount"] = fee.onlineAmount.map { amount($0.value, checked) } ?? .null
    object["onlineUntil"] = fee.onlineUntil.map { .string($0.value.description) } ?? .null
    object["legalBasis"] = fee.legalBasis.map { .string($0.value) } ?? .null
    return .object(object)
  }

  private func step(_ step: Step) -> JSONValue {
    var object = JSONObject()
    object["id"] = .string(step.id.value)
    object["name"] = Self.text(step.name)
    object["actor"] = .string(step.actor.value)
    object["duration"] = Self.duration(step.duration.value, hours: WorkingTime.hours(ofStep: step.duration.value))
    object["waitsForApplicant"] = .bool(step.waitsForApplicant)
    object["next"] = step.next.map { Self.target($0.value) } ?? .null
    object["outcomes"] = .array(step.outcomes.map { ["name": .string($0.name.value), "target": Self.target($0.target.value)] })
    return .object(object)
  }

  private func result(_ result: ProcedureResult) -> JSONValue {
    var object = JSONObject()
    object["name"] = Self.text(result.name)
    object["delivery"] = .array(result.delivery.map { .string($0.value.rawValue) })
    object["electronic"] = .bool(result.electronic)
    object["code"] = result.code.map { .string($0.value) } ?? .null
    object["successOutcomes"] = .array((["issued"] + result.successOutcomes.map { $0.value }).map { .string($0) })
    return .object(object)
  }

  private func amount(_ amount: Amount, _ checked: CheckedProcedure) -> JSONValue {
    switch amount {
    case .fixed(let value): ["fixed": .integer(value)]
    case .expression(let text): ExpressionJSON.expression(text, checked.parsed(text))
    }
  }
}
