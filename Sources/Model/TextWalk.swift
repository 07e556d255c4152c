extension Procedure {
  /// Every author text in the procedure, for checks that apply to all texts (languages).
  public var allTexts: [Text] {
    var texts: [Text] = [name]
    if let description { texts.append(description) }
    texts += legalBasis.map { $0.title }
    for field in fields {
      texts.append(field.label)
      if let hint = field.hint { texts.append(hint) }
      if let message = field.message { texts.append(message) }
      texts += field.options.map { $0.label }
    }
    for document in documents {
      texts.append(document.name)
      if let template = document.template { texts.append(template) }
    }
    texts += fees.map { $0.name }
    texts += steps.map { $0.name }
    if let result { texts.append(result.name) }
    return texts
  }
}
