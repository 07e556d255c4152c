import Model
import Semantics

/// One procedure's entry in `catalog.json` (schema: `CatalogSchemaGenerator`), written
/// straight into bytes. Members are written in the order `JSONValue` sorts keys in, which
/// `JSONStream` checks in debug builds.
enum CatalogEntry {
  static func write(_ checked: CheckedProcedure, in input: BuildInput, to out: inout JSONStream) {
    let procedure = checked.procedure
    let paths = BuildInput.paths(for: checked.code)
    out.beginObject()
    out.key("agency")
    reference(procedure.agency.value, name: input.agencies[procedure.agency.value]?.name, to: &out)
    out.member("applicants", strings: procedure.applicants.map { $0.value.rawValue })
    out.member("authorityLevel", procedure.authorityLevel?.value.rawValue ?? "other")
    out.member("channels", strings: procedure.channels.map { $0.value.rawValue })
    out.member("code", checked.code)
    out.key("description")
    optionalText(procedure.description, to: &out)
    out.member("documents", each: procedure.documents) { write($1, checked, to: &$0) }
    out.member("fees", each: procedure.fees) { write($1, checked, to: &$0) }
    out.key("files")
    out.beginObject()
    out.member("bpmn", paths.bpmn)
    out.member("form", paths.form)
    out.member("formSchema", paths.formSchema)
    out.member("workflow", paths.workflow)
    out.member("workflowCSV", paths.csv)
    out.endObject()
    out.member("legalBasis", each: procedure.legalBasis) { out, reference in
      out.beginObject()
      out.member("id", reference.id.value)
      out.key("title")
      text(reference.title, to: &out)
      out.endObject()
    }
    out.key("name")
    text(procedure.name, to: &out)
    out.key("onlineLevel")
    out.beginObject()
    out.member("declared", integer: Int64(procedure.onlineLevel?.value ?? 1))
    out.member("decree42Class", checked.level.decree42Class)
    out.member("derived", integer: Int64(checked.level.achievable))
    out.endObject()
    out.member("payment", strings: procedure.payment.map { $0.value.rawValue })
    out.key("processingTime")
    processingTime(procedure.processingTime, channels: procedure.channels.map(\.value), to: &out)
    out.key("result")
    if let result = procedure.result { write(result, to: &out) } else { out.null() }
    out.key("sector")
    reference(procedure.sector.value, name: input.sectors[procedure.sector.value]?.name, to: &out)
    out.member("steps", each: procedure.steps) { write($1, to: &$0) }
    out.endObject()
  }

  /// `{"id": …, "name": …}` of an agency or sector.
  private static func reference(_ id: String, name: Text?, to out: inout JSONStream) {
    out.beginObject()
    out.member("id", id)
    out.key("name")
    optionalText(name, to: &out)
    out.endObject()
  }

  /// `{"vi": …, "en": …}`: `members(of:)`.
  static func text(_ text: Text, to out: inout JSONStream) {
    out.beginObject()
    for translation in members(of: text) { out.member(translation.language, translation.value) }
    out.endObject()
  }

  /// A text's translations as the catalog writes them: sorted by language, the first of a
  /// repeated language kept.
  static func members(of text: Text) -> [Text.Translation] {
    var translations: [Text.Translation] = []
    for translation in text.translations where !translations.contains(where: { $0.language == translation.language }) {
      translations.append(translation)
    }
    return translations.sorted { $0.language < $1.language }
  }

  private static func optionalText(_ text: Text?, to out: inout JSONStream) {
    if let text { self.text(text, to: &out) } else { out.null() }
  }

  /// By channel: one duration for every channel, or each channel's own (a repeated channel:
  /// the last).
  private static func processingTime(_ time: ProcessingTime?, channels: [Channel], to out: inout JSONStream) {
    var entries: [(channel: String, duration: Duration, hours: Double)] = []
    func add(_ channel: Channel, _ duration: Duration) {
      let entry = (channel.rawValue, duration, WorkingTime.hours(ofDeadline: duration))
      if let index = entries.firstIndex(where: { $0.channel == channel.rawValue }) { entries[index] = entry } else { entries.append(entry) }
    }
    switch time {
    case .single(let duration)?: for channel in channels { add(channel, duration.value) }
    case .perChannel(let perChannel)?: for entry in perChannel { add(entry.channel.value, entry.duration.value) }
    case nil: break
    }
    entries.sort { $0.channel < $1.channel }
    out.beginObject()
    for entry in entries {
      out.key(entry.channel)
      duration(entry.duration, hours: entry.hours, to: &out)
    }
    out.endObject()
  }

  private static func duration(_ duration: Duration, hours: Double, to out: inout JSONStream) {
    out.beginObject()
    out.member("unit", duration.unit.rawValue)
    out.key("value")
    out.number(Double(duration.halves) / 2)
    out.key("workingHours")
    out.number(hours)
    out.endObject()
  }

  private static func target(_ target: StepTarget, to out: inout JSONStream) {
    out.beginObject()
    switch target {
    case .step(let id): out.member("step", id)
    case .end(let outcome): out.member("end", outcome)
    }
    out.endObject()
  }

  private static func write(_ document: Document, _ checked: CheckedProcedure, to out: inout JSONStream) {
    out.beginObject()
    out.member("copies", integer: Int64(document.copies))
    out.member("electronic", bool: document.electronic)
    out.member("id", document.id.value)
    out.member("kind", document.kind.rawValue)
    out.key("name")
    text(document.name, to: &out)
    out.member("presentOnly", bool: document.presentOnly)
    out.member("required", bool: document.required)
    out.key("requiredWhen")
    if let condition = document.requiredWhen {
      out.value(ExpressionJSON.expression(condition.value, checked.parsed(condition.value)))
    } else {
      out.null()
    }
    out.member("retrievableFrom", document.retrievableFrom?.value)
    out.key("template")
    optionalText(document.template, to: &out)
    out.endObject()
  }

  private static func write(_ fee: Fee, _ checked: CheckedProcedure, to out: inout JSONStream) {
    out.beginObject()
    out.key("amount")
    amount(fee.amount.value, checked, to: &out)
    out.member("currency", fee.currencyCode)
    out.member("id", fee.id.value)
    out.member("kind", fee.kind.value.rawValue)
    out.member("legalBasis", fee.legalBasis?.value)
    out.key("name")
    text(fee.name, to: &out)
    out.key("onlineAmount")
    if let online = fee.onlineAmount { amount(online.value, checked, to: &out) } else { out.null() }
    out.member("onlineUntil", fee.onlineUntil?.value.description)
    out.endObject()
  }

  private static func amount(_ amount: Amount, _ checked: CheckedProcedure, to out: inout JSONStream) {
    switch amount {
    case .fixed(let value):
      out.beginObject()
      out.member("fixed", integer: value)
      out.endObject()
    case .expression(let text):
      out.value(ExpressionJSON.expression(text, checked.parsed(text)))
    }
  }

  private static func write(_ step: Step, to out: inout JSONStream) {
    out.beginObject()
    out.member("actor", step.actor.value)
    out.key("duration")
    duration(step.duration.value, hours: WorkingTime.hours(ofStep: step.duration.value), to: &out)
    out.member("id", step.id.value)
    out.key("name")
    text(step.name, to: &out)
    out.key("next")
    if let next = step.next { target(next.value, to: &out) } else { out.null() }
    out.member("outcomes", each: step.outcomes) { out, outcome in
      out.beginObject()
      out.member("name", outcome.name.value)
      out.key("target")
      target(outcome.target.value, to: &out)
      out.endObject()
    }
    out.member("waitsForApplicant", bool: step.waitsForApplicant)
    out.endObject()
  }

  private static func write(_ result: ProcedureResult, to out: inout JSONStream) {
    out.beginObject()
    out.member("code", result.code?.value)
    out.member("delivery", strings: result.delivery.map { $0.value.rawValue })
    out.member("electronic", bool: result.electronic)
    out.key("name")
    text(result.name, to: &out)
    out.member("successOutcomes", strings: ["issued"] + result.successOutcomes.map(\.value))
    out.endObject()
  }
}
