/// Reading numbers the way authors write them, without regular expressions.
enum NumberText {
  enum IntegerParse {
    case value(Int64)
    case leadingZeros(Int64)
    case invalid
  }

  /// Digits with an optional `-` and `_` between digits.
  static func parseInteger(_ text: String) -> IntegerParse {
    var bytes = Substring(text).utf8[...]
    var negative = false
    if bytes.first == UInt8(ascii: "-") {
      negative = true
      bytes = bytes.dropFirst()
    }
    guard let first = bytes.first, isDigit(first), let last = bytes.last, isDigit(last) else { return .invalid }
    var value: Int64 = 0
    var digits = 0
    var previousUnderscore = false
    for byte in bytes {
      if byte == UInt8(ascii: "_") {
        if previousUnderscore { return .invalid }
        previousUnderscore = true
        continue
      }
      guard isDigit(byte) else { return .invalid }
      previousUnderscore = false
      let (multiplied, overflow1) = value.multipliedReportingOverflow(by: 10)
      let (added, overflow2) = multiplied.addingReportingOverflow(Int64(byte - 0x30))
      if overflow1 || overflow2 { return .invalid }
      value = added
      digits += 1
    }
    if negative { value = -value }
    if first == UInt8(ascii: "0") && digits > 1 { return .leadingZeros(value) }
    return .value(value)
  }

  /// A decimal number with `.` as the decimal point.
  static func parseDecimal(_ text: String) -> Double? {
    let bytes = Array(text.utf8)
    guard !bytes.isEmpty else { return nil }
    var seenDot = false
    var seenDigit = false
    for (index, byte) in bytes.enumerated() {
      if byte == UInt8(ascii: "-") && index == 0 { continue }
      if byte == UInt8(ascii: ".") && !seenDot {
        seenDot = true
        continue
      }
      guard isDigit(byte) else { return nil }
      seenDigit = true
    }
    guard seenDigit, bytes.last != UInt8(ascii: ".") else { return nil }
    return Double(text)
  }

  enum MoneyParse: Equatable {
    case value(Int64)
    /// `50.000` or `50,000`; the suggestion when the groups are thousands.
    case separator(String?)
    /// `50000 đồng`; the number part.
    case unit(String)
    case fraction
    case leadingZeros(Int64)
    /// Not written as a number at all (e.g. an expression).
    case notMoney
  }

  /// Whole đồng: digits, with `_` or spaces between thousands groups.
  static func parseMoney(_ text: String) -> MoneyParse {
    var body = text.trimmingSpaces
    // Plain digits are the common case: read them without further ado.
    if let first = body.utf8.first, first >= 0x30, first <= 0x39, body.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
      switch parseInteger(body) {
      case .value(let value): return .value(value)
      case .leadingZeros(let value): return .leadingZeros(value)
      case .invalid: return .notMoney
      }
    }
    // A unit after the number: "50000 đồng", "50.000đ", "50000 VND".
    let lowered = body.lowercased()
    for unit in ["đồng", "đ", "vnđ", "vnd", "dong"] where lowered.hasSuffix(unit) {
      let number = String(body.dropLast(unit.count)).trimmingSpaces
      if !number.isEmpty, number.unicodeScalars.allSatisfy({ isMoneyScalar($0) }) {
        let digits = String(number.filter(\.isWholeNumberDigit))
        return .unit(digits.isEmpty ? number : String(Int64(digits).map(String.init) ?? digits))
      }
    }
    guard !body.isEmpty, body.unicodeScalars.allSatisfy({ isMoneyScalar($0) }),
      let first = body.unicodeScalars.first, first == "-" || ("0"..."9").contains(first)
    else { return .notMoney }
    var negative = false
    if body.hasPrefix("-") {
      negative = true
      body.removeFirst()
    }
    let hasDotOrComma = body.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }
    if hasDotOrComma {
      // Thousands groups: 1.500.000 or 50,000 → suggest the digits; 50.5 → a fraction.
      let groups = body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
      let separators = Set(body.filter { $0 == "." || $0 == "," })
      let looksGrouped =
        separators.count == 1 && groups.count >= 2 && !groups[0].isEmpty && groups[0].count <= 3
        && groups.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy(\.isWholeNumberDigit) }
      if looksGrouped {
        let digits = groups.joined()
        let trimmed = String(Int64(digits).map(String.init) ?? digits)
        return .separator((negative ? "-" : "") + trimmed)
      }
      if groups.count == 2 && separators.count == 1 { return .fraction }
      return .separator(nil)
    }
    let cleaned = body.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "\u{202F}" }
    switch parseInteger((negative ? "-" : "") + cleaned) {
    case .value(let value): return .value(value)
    case .leadingZeros(let value): return .leadingZeros(value)
    case .invalid: return .notMoney
    }
  }

  /// `1500000` → `1_500_000`.
  static func grouped(_ digits: String) -> String {
    var out = ""
    for (index, character) in digits.reversed().enumerated() {
      if index > 0 && index % 3 == 0 && character != "-" { out.append("_") }
      out.append(character)
    }
    return String(out.reversed())
  }

  /// Bytes, or a number followed by `KB`/`MB` (1024-based).
  static func parseFileSize(_ text: String) -> Int? {
    let upper = text.uppercased().filter { $0 != " " }
    for (suffix, factor) in [("MB", 1 << 20), ("KB", 1 << 10), ("B", 1)] where upper.hasSuffix(suffix) {
      guard case .value(let number) = parseInteger(String(upper.dropLast(suffix.count))), number > 0 else { return nil }
      return Int(number) * factor
    }
    guard case .value(let number) = parseInteger(upper), number > 0 else { return nil }
    return Int(number)
  }

  /// Whether `byte` is an ASCII digit.
  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  private static func isMoneyScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "0"..."9", ".", ",", "_", " ", "-", "\u{00A0}", "\u{202F}": true
    default: false
    }
  }
}

extension Character {
  var isWholeNumberDigit: Bool { ("0"..."9").contains(self) }
}
