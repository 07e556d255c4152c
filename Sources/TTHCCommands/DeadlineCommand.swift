import ArgumentParser
import Calendar
import Compiler
import Diagnostics
import Model
import Semantics

/// `tthc deadline CODE --submitted …`: when a dossier received at that moment is due, and
/// when each step should be finished.
struct DeadlineCommand: ParsableCommand, ContextCommand {
  static let configuration = CommandConfiguration(
    commandName: "deadline", abstract: "Compute when a dossier is due, and each step's planned finish.",
    discussion: """
      Counting starts when the dossier is received during office hours on a working day, \
      before the same-day cut-off; otherwise at the next working day's opening. Working days \
      and hours are added as working hours (8 a working day) across office hours, skipping \
      weekends and days off; calendar days and months end at closing time on their last day, \
      moved to the next working day when that day is off. See docs/calendar.md.
      """)

  @Argument(help: "The procedure code, e.g. 1.001193.")
  var code: String

  @Argument(help: "The definitions tree.")
  var path: String = "Procedures"

  @Option(help: "When the dossier was received, Viet Nam time: 2026-02-13T10:00.")
  var submitted: String

  @Option(help: "The channel, when the deadline differs by channel: online, in_person or post.")
  var channel: String?

  @Flag(help: "Print JSON: {\"code\", \"submitted\", \"counting_from\", \"due\", \"steps\"}.")
  var json = false

  @Option(name: .customLong("lang"), help: "Language: vi or en.")
  var language: Language = .vi

  func execute(in context: CommandContext) -> ExitStatus {
    func fail(_ vi: String, _ en: String) -> ExitStatus {
      context.writeError("tthc: " + (language == .vi ? vi : en) + "\n")
      return .usageOrInput
    }
    guard let received = Moment(iso: submitted) else {
      return fail("\"\(submitted)\" không phải thời điểm dạng 2026-02-13T10:00", "\"\(submitted)\" is not a moment like 2026-02-13T10:00")
    }
    let result: CheckResult
    do {
      result = try Compiler.check(paths: [path], keepModels: true)
    } catch {
      return fail(error.vietnamese, error.description)
    }
    guard let set = result.definitions.first, let procedure = set.procedures.first(where: { $0.code.value == code }) else {
      return fail("không có thủ tục mã \(code) trong \(path)", "there is no procedure \(code) in \(path)")
    }
    let duration: Duration
    switch procedure.processingTime {
    case .single(let single)?:
      duration = single.value
    case .perChannel(let entries)?:
      let names = entries.map { $0.channel.value.rawValue }
      guard let channel, let entry = entries.first(where: { $0.channel.value.rawValue == channel }) else {
        return fail(
          "thời hạn khác nhau theo kênh; chọn --channel \(names.joined(separator: "|"))",
          "the deadline differs by channel; choose --channel \(names.joined(separator: "|"))")
      }
      duration = entry.duration.value
    case nil:
      return fail("thủ tục \(code) không có thời hạn giải quyết đọc được", "procedure \(code) has no readable processing_time")
    }
    let agency = set.agencies?.agencies.first { $0.id.value == procedure.agency.value }
    let calendar = OfficeSchedules.calendar(catalog: set.catalog, agency: agency, definition: set.calendar)
    let start = calendar.countingStart(received)
    let due = calendar.due(received: received, amount: Double(duration.halves) / 2, unit: OfficeSchedules.unit(duration.unit))
    let finishes = WorkflowGraph(procedure.steps).finishTimes(hours: { WorkingTime.hours(ofStep: $0.duration.value) })
    let steps: [(id: String, name: String, finish: Moment?)] = procedure.steps.enumerated().map { index, step in
      (step.id.value, step.name.resolved(language.rawValue), finishes?[index].map { calendar.adding(workingHours: $0.hours, to: start) })
    }
    if json {
      let document = JSONText.object([
        "code": .string(code),
        "submitted": .string(received.description),
        "counting_from": .string(start.description),
        "processing_time": .object(["value": .string(duration.amountText), "unit": .string(duration.unit.rawValue)]),
        "due": .string(due.description),
        "steps": .array(steps.map { step in
          .object(["id": .string(step.id), "name": .string(step.name), "finish": step.finish.map { .string($0.description) } ?? .null])
        }),
      ])
      context.writeOutput(document.text + "\n")
      return .success
    }
    var out = language == .vi
      ? "\(code): nhận \(received), tính từ \(start); thời hạn \(duration.description)\nHạn trả kết quả: \(due)\n"
      : "\(code): received \(received), counted from \(start); deadline \(duration.description)\nDue: \(due)\n"
    for step in steps {
      out += "  \(step.id): \(step.finish?.description ?? (language == .vi ? "— (chờ người nộp)" : "— (waits for the applicant)"))\n"
    }
    context.writeOutput(out)
    return .success
  }
}
