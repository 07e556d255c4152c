import Compiler
import Model
import Testing
import TestSupport

/// `forEachText` is what the language checks (C005, R008) see of a procedure: every text
/// an author writes must be visited, once, in the order of the procedure's parts.
@Suite("Every text of a procedure")
struct TextWalkTests {
  @Test("each kind of text is visited once, in order")
  func visitsEveryText() throws {
    let procedure = """
      code: 1.001193
      name: {vi: t01, en: Birth registration}
      description: t02
      sector: ho_tich
      authority_level: commune
      agency: ubnd_cap_xa
      applicants: [citizen]
      online_level: 3
      legal_basis: [{id: a, title: t03}, {id: b, title: t04}]
      channels: [online, in_person]
      fields:
        - {id: f1, label: t05, hint: t06, type: text, constraint: "len(f1) > 0", message: t07}
        - {id: f2, label: t08, type: choice, options: [{value: x, label: t09}, {value: y, label: t10}]}
      documents:
        - {id: d1, name: t11, template: t12}
      fees:
        - {id: le_phi, name: t13, kind: le_phi, amount: 0}
      processing_time: 1 working_day
      steps:
        - {id: s1, name: t14, actor: bo_phan_mot_cua, duration: 2 hours, next: s2}
        - {id: s2, name: t15, actor: bo_phan_mot_cua, duration: 2 hours, next: end(issued)}
      result: {name: t16, delivery: [in_person]}

      """
    let tree = try TemporaryTree(SampleDefinitions.tree(procedures: ["ho_tich/p.yaml": procedure]))
    defer { tree.remove() }
    let result = try Compiler.check(paths: [tree.root])
    let decoded = try #require(result.definitions.first?.procedures.first)
    var visited: [String] = []
    decoded.forEachText { visited.append($0["vi"] ?? "?") }
    let expected: [String] = (1...16).map { number in number < 10 ? "t0\(number)" : "t\(number)" }
    #expect(visited == expected)
  }
}
