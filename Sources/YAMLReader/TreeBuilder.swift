import CLibYAML
import Diagnostics

/// Turns libyaml events into the node arena with an explicit stack of open collections.
struct TreeBuilder {
  let source: SourceFile
  let limits: ReaderLimits
  let preloading: Bool
  private(set) var document: YAMLDocument?

  private var nodes: [YAMLNode] = []
  private var textBytes: [UInt8] = []
  private var childIndices: [Int32] = []
  /// Children of the open collections, each frame's starting at its `pendingBase`.
  private var pending: [Int32] = []
  private var stack: [Frame] = []
  /// Anchor names of open collections, indexed by `Frame.anchor` (kept apart so that a
  /// frame is a plain value).
  private var frameAnchors: [String] = []
  /// Each anchor's node and its node count with aliases expanded (only an anchored node
  /// can be counted again, so only those counts are kept).
  private var anchors: [String: (node: Int32, expanded: Int)] = [:]
  private var openAnchors: Set<String> = []
  private var root: Int32?
  private var documents = 0

  private struct Frame {
    var node: Int32
    var pendingBase: Int
    var expanded: Int
    /// Index into `frameAnchors`, or -1 when the collection has no anchor.
    var anchor: Int32
  }

  init(source: SourceFile, limits: ReaderLimits, preloading: Bool = true) {
    self.source = source
    self.limits = limits
    self.preloading = preloading
    // Procedures have about one node per 13 bytes; reserving avoids regrowing.
    let estimate = source.bytes.count / 10 + 16
    nodes.reserveCapacity(estimate)
    childIndices.reserveCapacity(estimate)
    textBytes.reserveCapacity(source.bytes.count)
    pending.reserveCapacity(64)
    stack.reserveCapacity(16)
  }

  mutating func run(_ buffer: UnsafeBufferPointer<UInt8>, bag: inout DiagnosticBag) {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return }
    defer { yaml_parser_delete(&parser) }
    yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
    if preloading, let characters = source.yamlCharacterCount { Self.preload(&parser, buffer, characters: characters) }
    var event = yaml_event_t()
    while true {
      guard yaml_parser_parse(&parser, &event) == 1 else {
        SyntaxError.report(parser, source: source, into: &bag)
        return
      }
      let outcome = handle(&event, bag: &bag)
      yaml_event_delete(&event)
      switch outcome {
      case .proceed: continue
      case .stop: return
      case .finished:
        finish(bag: &bag)
        return
      }
    }
  }

  /// Puts the whole file into libyaml's character buffer at once, as its reader would one
  /// character at a time, when `SourceFile` has already found every character valid UTF-8
  /// and allowed in YAML (all the reader checks) and the file fits the buffer. The parser
  /// then finds its input read to the end and never decodes a byte again.
  private static func preload(_ parser: inout yaml_parser_t, _ buffer: UnsafeBufferPointer<UInt8>, characters: Int) {
    // The reader ends the input with one NUL; a few more keep any look-ahead inside.
    let padding = 8
    guard let start = parser.buffer.start, let base = buffer.baseAddress,
      buffer.count + padding <= parser.buffer.end - start
    else { return }
    UnsafeMutableRawPointer(start).copyMemory(from: base, byteCount: buffer.count)
    (start + buffer.count).initialize(repeating: 0, count: padding)
    parser.encoding = YAML_UTF8_ENCODING
    parser.buffer.pointer = start
    parser.buffer.last = start + buffer.count + 1
    parser.unread = characters + 1
    parser.raw_buffer.pointer = parser.raw_buffer.last
    parser.offset = buffer.count
    parser.eof = 1
  }

  private enum Outcome { case proceed, stop, finished }

  private mutating func handle(_ event: inout yaml_event_t, bag: inout DiagnosticBag) -> Outcome {
    let span = Span(start: mark(event.start_mark), end: mark(event.end_mark))
    switch event.type {
    case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT, YAML_NO_EVENT:
      return .proceed
    case YAML_STREAM_END_EVENT:
      return .finished
    case YAML_DOCUMENT_START_EVENT:
      documents += 1
      if documents > 1 {
        bag.report(
          .Y011, at: span,
          LocalizedText(vi: "tệp có tài liệu YAML thứ hai", en: "the file starts a second YAML document"),
          help: LocalizedText(
            vi: "mỗi tệp chỉ mô tả một thủ tục; chuyển phần sau \"---\" sang tệp khác",
            en: "each file describes one procedure; move what follows \"---\" to a file of its own"))
        return .stop
      }
      return .proceed
    case YAML_SCALAR_EVENT:
      let scalar = event.data.scalar
      if scalar.tag != nil { warnTag(scalar.tag, at: span, bag: &bag) }
      let textStart = Int32(textBytes.count)
      if let value = scalar.value, scalar.length > 0 {
        textBytes.append(contentsOf: UnsafeBufferPointer(start: value, count: scalar.length))
      }
      let index = append(YAMLNode(
        kind: .scalar, style: style(scalar.style), isFlow: false, span: span,
        textStart: textStart, textLength: Int32(scalar.length), firstChild: 0, childCount: 0))
      if scalar.anchor != nil, let anchor = optionalString(scalar.anchor) { anchors[anchor] = (index, 1) }
      return attach(index, expanded: 1, bag: &bag) ? .proceed : .stop
    case YAML_ALIAS_EVENT:
      let name = optionalString(event.data.alias.anchor) ?? ""
      guard let target = anchors[name] else {
        let inside = openAnchors.contains(name)
        bag.report(
          .Y010, at: span,
          inside
            ? LocalizedText(
              vi: "bí danh \"*\(name)\" nằm bên trong chính neo \"&\(name)\" của nó",
              en: "alias \"*\(name)\" is inside its own anchor \"&\(name)\"")
            : LocalizedText(
              vi: "bí danh \"*\(name)\" trỏ tới neo chưa được định nghĩa",
              en: "alias \"*\(name)\" names an anchor that is not defined before it"),
          help: LocalizedText(
            vi: "định nghĩa \"&\(name)\" trước khi dùng \"*\(name)\", và không lồng bí danh vào chính nó",
            en: "define \"&\(name)\" before using \"*\(name)\", and never inside itself"))
        return .stop
      }
      return attach(target.node, expanded: target.expanded, at: span, bag: &bag) ? .proceed : .stop
    case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
      let isMapping = event.type == YAML_MAPPING_START_EVENT
      let tag = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
      if tag != nil { warnTag(tag, at: span, bag: &bag) }
      if stack.count >= limits.maxDepth {
        bag.report(
          .Y008, at: span,
          LocalizedText(
            vi: "lồng nhau sâu hơn \(limits.maxDepth) cấp",
            en: "nesting goes deeper than \(limits.maxDepth) levels"),
          help: LocalizedText(
            vi: "một thủ tục chỉ lồng khoảng 6 cấp; kiểm tra dấu ngoặc và thụt lề",
            en: "a procedure nests about 6 levels; check brackets and indentation"))
        return .stop
      }
      let isFlow =
        isMapping
        ? event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
        : event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
      let index = append(YAMLNode(
        kind: isMapping ? .mapping : .sequence, style: .plain, isFlow: isFlow, span: span,
        textStart: 0, textLength: 0, firstChild: 0, childCount: 0))
      let anchor = optionalString(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
      var anchorIndex: Int32 = -1
      if let anchor {
        openAnchors.insert(anchor)
        anchorIndex = Int32(frameAnchors.count)
        frameAnchors.append(anchor)
      }
      stack.append(Frame(node: index, pendingBase: pending.count, expanded: 1, anchor: anchorIndex))
      return .proceed
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
      guard let frame = stack.popLast() else { return .stop }
      let index = Int(frame.node)
      let first = Int32(childIndices.count)
      let count = pending.count - frame.pendingBase
      pending.withUnsafeBufferPointer { children in
        childIndices.append(contentsOf: UnsafeBufferPointer(rebasing: children[frame.pendingBase...]))
      }
      pending.removeLast(count)
      var node = nodes[index]
      node.firstChild = first
      node.childCount = Int32(count)
      node.span.end = mark(event.end_mark)
      nodes[index] = node
      if frame.anchor >= 0 {
        let anchor = frameAnchors[Int(frame.anchor)]
        openAnchors.remove(anchor)
        anchors[anchor] = (frame.node, frame.expanded)
      }
      if node.kind == .mapping {
        checkKeys(of: index, bag: &bag)
      }
      return attach(frame.node, expanded: frame.expanded, bag: &bag) ? .proceed : .stop
    default:
      return .proceed
    }
  }

  /// Adds a finished node to the open collection, or makes it the root. `place` is where it
  /// was written (for an alias, the alias itself rather than its anchor).
  @inline(__always)
  private mutating func attach(_ index: Int32, expanded: Int, at place: Span? = nil, bag: inout DiagnosticBag) -> Bool {
    guard !stack.isEmpty else {
      if root == nil { root = index }
      return true
    }
    pending.append(index)
    let total = stack[stack.count - 1].expanded + expanded
    stack[stack.count - 1].expanded = total
    if total > limits.maxExpandedNodes {
      reportExpansion(at: place ?? nodes[Int(index)].span, bag: &bag)
      return false
    }
    return true
  }

  private func reportExpansion(at place: Span, bag: inout DiagnosticBag) {
    bag.report(
      .Y007, at: place,
      LocalizedText(
        vi: "các bí danh mở rộng thành hơn \(limits.maxExpandedNodes) nút",
        en: "aliases expand to more than \(limits.maxExpandedNodes) nodes"),
      help: LocalizedText(
        vi: "bí danh chỉ dùng để lặp lại một vài giá trị; hãy viết trực tiếp nội dung",
        en: "use aliases to repeat a few values only; write the content out"))
  }

  private mutating func append(_ node: YAMLNode) -> Int32 {
    nodes.append(node)
    return Int32(nodes.count - 1)
  }

  /// Reports duplicate keys (each repeat, with a note at the first) and keys that are not scalars.
  /// Mappings are small (a procedure's largest has about 17 keys), so keys are compared with the
  /// ones before them directly; a hash table pays off only for large mappings.
  private mutating func checkKeys(of index: Int, bag: inout DiagnosticBag) {
    let node = nodes[index]
    let start = Int(node.firstChild)
    let end = start + Int(node.childCount)
    let useTable = node.childCount > 64
    var firstByText: [ArraySlice<UInt8>: Int32] = [:]
    var position = start
    while position < end {
      let key = childIndices[position]
      let keyNode = nodes[Int(key)]
      if keyNode.kind != .scalar {
        bag.report(
          .Y012, at: keyNode.span,
          LocalizedText(vi: "khóa là một danh sách hoặc bảng", en: "this key is a list or a mapping"),
          help: LocalizedText(
            vi: "khóa phải là một từ, ví dụ \"name:\"; bỏ \"? \" hoặc dấu ngoặc trước khóa",
            en: "a key is a single word such as \"name:\"; remove the \"? \" or brackets before it"))
      } else if let first = useTable ? firstByText[textOf(keyNode)] : earlierKey(keyNode, from: start, before: position) {
        let keyText = String(decoding: textOf(keyNode), as: UTF8.self)
        bag.report(
          .Y004, at: keyNode.span,
          LocalizedText(
            vi: "khóa \"\(keyText)\" đã có trong bảng này",
            en: "key \"\(keyText)\" is already in this mapping"),
          help: LocalizedText(
            vi: "xóa một trong hai, hoặc gộp các giá trị vào một khóa",
            en: "remove one of them, or merge the values under one key"),
          notes: [bag.note(at: nodes[Int(first)].span, LocalizedText(vi: "định nghĩa lần đầu ở đây", en: "first defined here"))])
      } else if useTable {
        firstByText[textOf(keyNode)] = key
      }
      position += 2
    }
  }

  /// The first scalar key before `position` (stepping over values) whose text is that of `node`.
  private func earlierKey(_ node: YAMLNode, from start: Int, before position: Int) -> Int32? {
    textBytes.withUnsafeBufferPointer { bytes in
      let text = bytes[Int(node.textStart)..<Int(node.textStart + node.textLength)]
      var other = start
      while other < position {
        let key = childIndices[other]
        let candidate = nodes[Int(key)]
        if candidate.kind == .scalar && candidate.textLength == node.textLength
          && bytes[Int(candidate.textStart)..<Int(candidate.textStart + candidate.textLength)].elementsEqual(text)
        {
          return key
        }
        other += 2
      }
      return nil
    }
  }

  private func textOf(_ node: YAMLNode) -> ArraySlice<UInt8> {
    textBytes[Int(node.textStart)..<Int(node.textStart + node.textLength)]
  }

  private mutating func finish(bag: inout DiagnosticBag) {
    guard let root, nodes[Int(root)].kind != .scalar || nodes[Int(root)].textLength > 0 else {
      bag.report(
        .Y006, at: Span(at: Mark(line: 0, column: 0)),
        LocalizedText(vi: "tệp không có nội dung", en: "the file has no content"),
        help: LocalizedText(
          vi: "một thủ tục bắt đầu bằng \"code:\" và \"name:\"; xóa tệp nếu không dùng",
          en: "a procedure starts with \"code:\" and \"name:\"; delete the file if it is not used"))
      return
    }
    let rootNode = nodes[Int(root)]
    guard rootNode.kind == .mapping else {
      let what = rootNode.kind == .sequence
        ? LocalizedText(vi: "một danh sách", en: "a list")
        : LocalizedText(vi: "một giá trị đơn", en: "a single value")
      bag.report(
        .Y005, at: rootNode.span,
        LocalizedText(vi: "cấp ngoài cùng là ", en: "the top level is ") + what
          + LocalizedText(vi: ", không phải bảng khóa–giá trị", en: ", not a mapping of keys to values"),
        help: LocalizedText(
          vi: "viết mỗi mục thành \"khóa: giá trị\" ở đầu dòng, ví dụ \"code: 1.001193\"",
          en: "write each entry as \"key: value\" at the start of a line, e.g. \"code: 1.001193\""))
      return
    }
    document = YAMLDocument(source: source, nodes: nodes, childIndices: childIndices, textBytes: textBytes, root: NodeID(root))
  }

  private func warnTag(_ tag: UnsafeMutablePointer<yaml_char_t>?, at span: Span, bag: inout DiagnosticBag) {
    guard let tag = optionalString(tag) else { return }
    bag.report(
      .Y013, at: span,
      LocalizedText(vi: "thẻ \"\(tag)\" bị bỏ qua", en: "tag \"\(tag)\" is ignored"),
      help: LocalizedText(
        vi: "kiểu của giá trị do định dạng quyết định; xóa thẻ \"!…\"",
        en: "the format decides each value's type; remove the \"!…\" tag"))
  }

  private func mark(_ mark: yaml_mark_t) -> Mark {
    Mark(line: Int(mark.line), column: Int(mark.column))
  }

  private func style(_ style: yaml_scalar_style_t) -> ScalarStyle {
    switch style {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
    case YAML_LITERAL_SCALAR_STYLE: .literal
    case YAML_FOLDED_SCALAR_STYLE: .folded
    default: .plain
    }
  }

  private func optionalString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    guard let pointer else { return nil }
    return String(cString: pointer)
  }
}
