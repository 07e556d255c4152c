import Diagnostics
import Model
import YAMLReader

extension SchemaReader {
  static let feeKeys = ["id", "name", "kind", "amount", "currency", "online_amount", "online_until", "legal_basis"]

  /// One fee or levy.
  mutating func fee(_ node: NodeID) -> Fee? {
    guard var map = mapping(node, .fee, keys: Self.feeKeys) else { return nil }
    let id = required("id", from: &map, example: "id: le_phi_dang_ky").flatMap { identifier($0, key: "id") }
    let name = required("name", from: &map, example: "name: Lệ phí đăng ký").flatMap { text($0, key: "name") }
    let kind = required("kind", from: &map, example: "kind: le_phi").flatMap {
      choice($0, key: "kind", as: FeeKind.self, synonyms: ["le": .lePhi, "lephi": .lePhi, "phi_": .phi])
    }
    let amount = required("amount", from: &map, example: "amount: 50000").flatMap { self.amount($0, key: "amount") }
    let currency = map.take("currency").flatMap { self.currency($0, key: "currency") }
    let onlineAmount = map.take("online_amount").flatMap { self.amount($0, key: "online_amount") }
    let onlineUntil = map.take("online_until").flatMap { date($0, key: "online_until") }
    let legalBasis = map.take("legal_basis").flatMap { identifier($0, key: "legal_basis") }
    finish(map)
    guard let id, let name, let kind, let amount else { return nil }
    var fee = Fee(id: id, name: name, kind: kind, amount: amount)
    fee.currency = currency
    fee.onlineAmount = onlineAmount
    fee.onlineUntil = onlineUntil
    fee.legalBasis = legalBasis
    return fee
  }
}
