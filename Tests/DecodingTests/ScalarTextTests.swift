@testable import Decoding
import Model
import Testing

/// The byte-level readers of durations and result codes, on the edges the fixtures do not
/// reach: separators, leading zeros, lengths, and digits that are not ASCII.
@Suite("Scalar texts")
struct ScalarTextTests {
  static let durations: [(String, Duration?)] = [
    ("3 hours", Duration(halves: 6, unit: .hours)),
    ("0 days", Duration(halves: 0, unit: .days)),
    ("0.5 working_days", Duration(halves: 1, unit: .workingDays)),
    ("0,5 ngày làm việc", Duration(halves: 1, unit: .workingDays)),
    ("1.0 days", Duration(halves: 2, unit: .days)),
    ("999999 hours", Duration(halves: 1_999_998, unit: .hours)),
    ("15 ngày", Duration(halves: 30, unit: .days)),
    ("03 days", nil),
    ("1234567 days", nil),
    ("99999999999999999999999 days", nil),
    ("1.5.5 days", nil),
    ("1. days", nil),
    (".5 days", nil),
    ("1.50 days", nil),
    ("1.25 days", nil),
    ("1,,5 days", nil),
    ("-1 days", nil),
    ("٣ days", nil),
    ("３ days", nil),
    ("3\u{301} days", nil),
  ]

  @Test("durations: whole or half numbers of ASCII digits, no leading zero", arguments: durations)
  func duration(text: String, expected: Duration?) {
    switch DurationText.parse(text) {
    case .value(let duration): #expect(duration == expected, "\(text)")
    case .problem: #expect(expected == nil, "\(text)")
    }
  }

  @Test(
    "result codes: KQ.G, two digits, a dot, six digits",
    arguments: [
      ("KQ.G15.000031", true), ("KQ.G01.999999", true), ("KQ.G1.000031", false), ("KQ.G15.00003", false),
      ("KQ.G15.0000311", false), ("kq.G15.000031", false), ("KQ.H15.000031", false), ("KQ.G15-000031", false),
      ("KQ.G1a.000031", false), ("KQ.G15.00003１", false), ("KQ.G15.00003\u{301}", false), ("", false),
    ])
  func resultCode(text: String, valid: Bool) {
    #expect(SchemaReader.isResultCode(text) == valid, "\(text)")
  }
}
