import Diagnostics
import Testing

@Suite("suppression comments")
struct SuppressionTests {
  func find(_ text: String) -> [Suppression] {
    Suppression.find(in: SourceFile(path: "p.yaml", bytes: Array(text.utf8)))
  }

  @Test("found after other comments and hashes, on its own line or after a value")
  func found() {
    let text = """
      # Đăng ký khai sinh # ghi chú #
      code: 1.001193 #x# tthc: ignore[S001] not a suppression: no blank before it
      online_level: 3  # tthc: ignore[L002, C001] the agency offers level 3
        # tthc: ignore[W004] the law allows it
      name: "#"
      """
    let found = find(text)
    #expect(found.map(\.line) == [3, 4])
    #expect(found.map(\.codes) == [["L002", "C001"], ["W004"]])
    #expect(found.map(\.reason) == ["the agency offers level 3", "the law allows it"])
    #expect(found.map(\.coversNextLine) == [false, true])
    #expect(found.first?.range.start == SourcePosition(line: 3, column: 18))
  }

  @Test("nothing in files without the marker, however many hashes they hold", arguments: [
    "", "#", "# tthc: ignore", "# tthc: ignore(", "################", "a: '# tthc: ignor'\n",
  ])
  func absent(text: String) {
    #expect(find(text).isEmpty)
  }
}
