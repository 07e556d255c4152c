/// An amount: whole đồng (or units of the fee's currency), or an expression over form fields.
public enum Amount: Sendable, Hashable {
  case fixed(Int64)
  case expression(String)
}

/// A charge (phí) or levy (lệ phí).
public struct Fee: Sendable {
  public var id: Located<String>
  public var name: Text
  public var kind: Located<FeeKind>
  public var amount: Located<Amount>
  /// ISO 4217; `VND` unless written.
  public var currency: Located<String>?
  /// The price when submitted online.
  public var onlineAmount: Located<Amount>?
  /// The last day the online price applies.
  public var onlineUntil: Located<CalendarDate>?
  /// The id of the entry in `legal_basis` that sets this fee.
  public var legalBasis: Located<String>?

  public init(id: Located<String>, name: Text, kind: Located<FeeKind>, amount: Located<Amount>) {
    self.id = id
    self.name = name
    self.kind = kind
    self.amount = amount
  }

  public var currencyCode: String { currency?.value ?? "VND" }
}
