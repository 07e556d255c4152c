import ArgumentParser
import Calendar
import Compiler
import Diagnostics
import Semantics

/// `tthc calendar YEAR`: the year's days off, with why, and its weekend working days.
struct CalendarCommand: ParsableCommand, ContextCommand {
  static let configuration = CommandConfiguration(
    commandName: "calendar", abstract: "List a year's public holidays and days off, and its weekend working days.",
    discussion: "The holidays of the Labour Code 2019 (Art. 112) with the lunar dates computed for Viet Nam, corrected by the tree's calendar.yaml.")

  @Argument(help: "The year, 1900–2199.")
  var year: Int

  @Argument(help: "The definitions tree whose calendar.yaml applies.")
  var path: String = "Procedures"

  @Flag(help: "Print JSON: {\"year\", \"days_off\", \"extra_working_days\", \"reasons\"}.")
  var json = false

  @Option(name: .customLong("lang"), help: "Language of reasons: vi or en.")
  var language: Language = .vi

  func validate() throws {
    guard (1900...2199).contains(year) else { throw ValidationError("the year must be from 1900 to 2199") }
  }

  func execute(in context: CommandContext) -> ExitStatus {
    let definitions: DefinitionSet?
    do {
      definitions = try Compiler.check(paths: [path], keepModels: true).definitions.first
    } catch {
      context.writeError("tthc: " + (language == .vi ? error.vietnamese : error.description) + "\n")
      return .usageOrInput
    }
    let calendar = YearCalendar(year: year, override: CalendarChecker.overrides(definitions?.calendar)[year])
    let off = calendar.daysOff.filter { JulianDay.date($0.jdn).year == year }
    if json {
      var reasons: [String: JSONText] = [:]
      for day in off { reasons[iso(day.jdn)] = .object(["vi": .string(day.reason.vi), "en": .string(day.reason.en)]) }
      let document = JSONText.object([
        "year": .number(year),
        "days_off": .array(off.map { .string(iso($0.jdn)) }),
        "extra_working_days": .array(calendar.extraWorkingDays.map { .string(iso($0)) }),
        "reasons": .object(reasons),
      ])
      context.writeOutput(document.text + "\n")
      return .success
    }
    var out = (language == .vi ? "Ngày nghỉ năm \(year):\n" : "Days off in \(year):\n")
    for day in off {
      out += "  \(iso(day.jdn))  \(weekdayName(day.jdn))  \(language == .vi ? day.reason.vi : day.reason.en)\n"
    }
    if !calendar.extraWorkingDays.isEmpty {
      out += language == .vi ? "Ngày làm bù (cuối tuần đi làm):\n" : "Weekend days worked in exchange:\n"
      for day in calendar.extraWorkingDays { out += "  \(iso(day))  \(weekdayName(day))\n" }
    }
    context.writeOutput(out)
    return .success
  }

  private func weekdayName(_ jdn: Int) -> String {
    let names = language == .vi
      ? ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
      : ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    let name = names[JulianDay.weekday(jdn)]
    return name + String(repeating: " ", count: max(0, 9 - name.count))
  }
}

/// `YYYY-MM-DD` of a Julian day number.
func iso(_ jdn: Int) -> String {
  let date = JulianDay.date(jdn)
  func pad(_ value: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(value).count)) + String(value) }
  return "\(pad(date.year, 4))-\(pad(date.month, 2))-\(pad(date.day, 2))"
}

/// A small JSON value for command output (keys sorted, two-space indent).
indirect enum JSONText {
  case object([String: JSONText]), array([JSONText]), string(String), number(Int), bool(Bool), null

  var text: String { render(indent: 0) }

  private func render(indent: Int) -> String {
    let pad = String(repeating: "  ", count: indent + 1)
    let close = String(repeating: "  ", count: indent)
    switch self {
    case .object(let members):
      if members.isEmpty { return "{}" }
      return "{\n" + members.keys.sorted().map { pad + quote($0) + ": " + members[$0]!.render(indent: indent + 1) }
        .joined(separator: ",\n") + "\n" + close + "}"
    case .array(let items):
      if items.isEmpty { return "[]" }
      return "[\n" + items.map { pad + $0.render(indent: indent + 1) }.joined(separator: ",\n") + "\n" + close + "]"
    case .string(let text): return quote(text)
    case .number(let value): return String(value)
    case .bool(let value): return String(value)
    case .null: return "null"
    }
  }

  private func quote(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
