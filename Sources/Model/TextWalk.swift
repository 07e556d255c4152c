extension Procedure {
  /// Visits every author text in the procedure, in file order of its parts, for checks that
  /// apply to all texts (languages). Each text is read in place: a list of them would copy
  /// every field and step it passes through, for each procedure checked.
  public func forEachText(_ body: (Text) -> Void) {
    body(name)
    if let description { body(description) }
    for index in legalBasis.indices { body(legalBasis[index].title) }
    for index in fields.indices {
      body(fields[index].label)
      if let hint = fields[index].hint { body(hint) }
      if let message = fields[index].message { body(message) }
      for option in fields[index].options.indices { body(fields[index].options[option].label) }
    }
    for index in documents.indices {
      body(documents[index].name)
      if let template = documents[index].template { body(template) }
    }
    for index in fees.indices { body(fees[index].name) }
    for index in steps.indices { body(steps[index].name) }
    if let result { body(result.name) }
  }
}
