import CLibYAML
import Diagnostics

/// Turns a libyaml failure into one located diagnostic, in words an author can act on.
enum SyntaxError {
  static func report(_ parser: yaml_parser_t, source: SourceFile, into bag: inout DiagnosticBag) {
    let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
    if parser.error == YAML_READER_ERROR {
      // libyaml's reader counts bytes; everything else counts characters.
      let mark = source.mark(ofByte: Int(parser.problem_offset))
      let code = parser.problem_value
      let hex = "U+" + String(UInt32(bitPattern: code), radix: 16, uppercase: true)
      bag.report(
        .Y014, at: Span(start: mark, end: Mark(line: mark.line, column: mark.column + 1)),
        LocalizedText(vi: "ký tự điều khiển \(hex) không được phép", en: "control character \(hex) is not allowed"),
        help: LocalizedText(
          vi: "xóa ký tự này (thường do sao chép từ Word hoặc PDF)",
          en: "delete this character (it often comes from copying out of Word or a PDF)"))
      return
    }
    let mark = Mark(line: Int(parser.problem_mark.line), column: Int(parser.problem_mark.column))
    if let tab = tabInIndentation(source: source, line: Int(mark.line), problem: problem, column: Int(mark.column)) {
      bag.report(
        .Y002, at: Span(start: tab, end: Mark(line: tab.line, column: tab.column + 1)),
        LocalizedText(vi: "thụt lề bằng ký tự tab", en: "this line is indented with a tab"),
        help: LocalizedText(
          vi: "YAML chỉ cho phép thụt lề bằng dấu cách; thay tab bằng dấu cách",
          en: "YAML indents with spaces only; replace the tab with spaces"))
      return
    }
    let translated = translate(problem)
    var notes: [DiagnosticNote] = []
    if let context = parser.context.map({ String(cString: $0) }) {
      let contextMark = Mark(line: Int(parser.context_mark.line), column: Int(parser.context_mark.column))
      if contextMark != mark {
        notes.append(bag.note(at: Span(at: contextMark), LocalizedText(vi: "bắt đầu ở đây", en: context)))
      }
    }
    bag.report(
      .Y001, at: Span(start: mark, end: Mark(line: mark.line, column: mark.column + 1)),
      translated.message, help: translated.help, notes: notes)
  }

  /// The first tab in the leading blanks of `line`, when the failure is about that line's indentation.
  private static func tabInIndentation(source: SourceFile, line: Int, problem: String, column: Int) -> Mark? {
    let bytes = source.lineBytes(line)
    var leading = 0
    var firstTab: Int?
    for byte in bytes {
      if byte == 0x20 {
        leading += 1
      } else if byte == 0x09 {
        if firstTab == nil { firstTab = leading }
        leading += 1
      } else {
        break
      }
    }
    guard let firstTab else { return nil }
    if problem.contains("tab") || column <= leading {
      return Mark(line: line, column: firstTab)
    }
    return nil
  }

  private struct Translation {
    var message: LocalizedText
    var help: LocalizedText?
  }

  /// libyaml's common problems in both languages, with the usual fix. Unknown ones keep libyaml's words.
  private static func translate(_ problem: String) -> Translation {
    switch problem {
    case "mapping values are not allowed in this context":
      return Translation(
        message: LocalizedText(
          vi: "dấu hai chấm \":\" không được dùng ở đây", en: "a colon \":\" is not allowed here"),
        help: LocalizedText(
          vi: "đặt giá trị có \": \" trong dấu ngoặc kép, ví dụ name: \"Bước 1: Tiếp nhận\"",
          en: "put a value that contains \": \" in double quotes, e.g. name: \"Step 1: Receive\""))
    case "did not find expected key":
      return Translation(
        message: LocalizedText(vi: "không tìm thấy khóa mong đợi", en: "a key was expected here"),
        help: LocalizedText(
          vi: "kiểm tra thụt lề: các khóa cùng cấp phải thẳng cột với nhau",
          en: "check the indentation: keys at the same level must start in the same column"))
    case "did not find expected '-' indicator":
      return Translation(
        message: LocalizedText(vi: "thiếu dấu \"-\" của mục danh sách", en: "a list item \"-\" was expected here"),
        help: LocalizedText(
          vi: "các mục của một danh sách phải thẳng cột và bắt đầu bằng \"- \"",
          en: "items of a list start with \"- \" in the same column"))
    case "found character that cannot start any token":
      return Translation(
        message: LocalizedText(vi: "ký tự không thể bắt đầu một giá trị", en: "this character cannot start a value"),
        help: LocalizedText(
          vi: "đặt giá trị trong dấu ngoặc kép nếu nó bắt đầu bằng @, ` hoặc %",
          en: "put the value in double quotes if it starts with @, ` or %"))
    case "found unexpected end of stream":
      return Translation(
        message: LocalizedText(vi: "tệp kết thúc giữa chừng", en: "the file ends in the middle of a value"),
        help: LocalizedText(
          vi: "kiểm tra dấu ngoặc kép hoặc ngoặc vuông chưa đóng", en: "look for a quote or bracket that is not closed"))
    case "could not find expected ':'":
      return Translation(
        message: LocalizedText(vi: "thiếu dấu \":\" sau khóa", en: "a \":\" was expected after the key"),
        help: LocalizedText(
          vi: "viết \"khóa: giá trị\", với một dấu cách sau dấu hai chấm",
          en: "write \"key: value\" with a space after the colon"))
    case "did not find expected ',' or ']'":
      return Translation(
        message: LocalizedText(vi: "thiếu dấu \",\" hoặc \"]\"", en: "a \",\" or \"]\" was expected"),
        help: LocalizedText(
          vi: "ngăn các mục bằng dấu phẩy và đóng danh sách bằng \"]\"",
          en: "separate items with commas and close the list with \"]\""))
    case "did not find expected ',' or '}'":
      return Translation(
        message: LocalizedText(vi: "thiếu dấu \",\" hoặc \"}\"", en: "a \",\" or \"}\" was expected"),
        help: LocalizedText(
          vi: "ngăn các mục bằng dấu phẩy và đóng bảng bằng \"}\"",
          en: "separate entries with commas and close the mapping with \"}\""))
    case "found unknown escape character":
      return Translation(
        message: LocalizedText(vi: "ký tự thoát \"\\\" không hợp lệ", en: "an unknown escape after \"\\\""),
        help: LocalizedText(
          vi: "trong ngoặc kép viết \"\\\\\" cho dấu gạch ngược, hoặc dùng ngoặc đơn",
          en: "inside double quotes write \"\\\\\" for a backslash, or use single quotes"))
    default:
      return Translation(
        message: LocalizedText(vi: "lỗi cú pháp YAML: \(problem)", en: "YAML syntax error: \(problem)"),
        help: nil)
    }
  }
}
