// The floor tthc is measured against: read every .yaml file under the given directories
// and pull every libyaml event, building nothing. Prints the file and event counts.
import CLibYAML
import Dispatch
import Foundation

func yamlFiles(under root: String) -> [String] {
  var files: [String] = []
  guard let walker = FileManager.default.enumerator(atPath: root) else { return [root] }
  for case let relative as String in walker where relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") {
    files.append(root + "/" + relative)
  }
  return files.sorted()
}

/// Pulls every event of one file; returns how many there were.
func countEvents(_ path: String) -> Int {
  guard let data = FileManager.default.contents(atPath: path) else { return 0 }
  var events = 0
  var parser = yaml_parser_t()
  yaml_parser_initialize(&parser)
  data.withUnsafeBytes { raw in
    let bytes = raw.bindMemory(to: UInt8.self)
    yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
    var event = yaml_event_t()
    while yaml_parser_parse(&parser, &event) == 1 {
      events += 1
      let done = event.type == YAML_STREAM_END_EVENT
      yaml_event_delete(&event)
      if done { break }
    }
  }
  yaml_parser_delete(&parser)
  return events
}

// Files are spread over all cores, as tthc spreads them, so the two run on the same cores.
let paths = CommandLine.arguments.dropFirst().flatMap { yamlFiles(under: $0) }
let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: max(paths.count, 1))
counts.initialize(repeating: 0)
nonisolated(unsafe) let slots = counts
DispatchQueue.concurrentPerform(iterations: paths.count) { index in
  slots[index] = countEvents(paths[index])
}
print("\(paths.count) files, \(counts.reduce(0, +)) events")
