import Diagnostics
import Dispatch

#if canImport(Glibc)
  import Glibc
#endif

/// Every file (anything but a folder) or every folder below a folder, as relative paths with `/`, read with `readdir` alone
/// (the entry's type comes with its name, so a large output folder costs no `stat` per file).
enum DirectoryListing {
  /// Sorted by path unless `sorted` is false; nil when `folder` itself cannot be opened. With
  /// `skippingHidden`, names that start with `.` are left out, folders with all they hold.
  static func files(below folder: String, skippingHidden: Bool = false, sorted: Bool = true) -> [String]? {
    if sorted { return sortedFiles(below: folder, skippingHidden: skippingHidden) }
    var found: [String] = []
    let opened = walk(folder, skippingHidden: skippingHidden) { relative, name in
      let file = String(decoding: name, as: UTF8.self)
      found.append(relative.isEmpty ? file : relative + "/" + file)
    }
    guard opened else { return nil }
    return found
  }

  /// `files(below:)` in the order of their paths, made folder by folder: each folder's names
  /// are sorted once — a subfolder's with its "/", as it stands in the paths below it — so
  /// the paths come out in order without being compared whole (a national tree has 125,000).
  /// Names that are equal as text but not as bytes (the two Unicode forms of "ă") go by
  /// their bytes, so the order never depends on the order the folder lists them in. The top
  /// folder's subfolders are listed on all cores, each into a list of its own, and the lists
  /// put in their places.
  private static func sortedFiles(below folder: String, skippingHidden: Bool) -> [String]? {
    guard let top = sortedEntries(of: folder, skippingHidden: skippingHidden) else { return nil }
    let subfolders = top.filter { $0.hasSuffix("/") }
    let listings = ParallelSlots<[String]>(count: subfolders.count)
    DispatchQueue.concurrentPerform(iterations: subfolders.count) { index in
      listings.store(sortedFiles(below: folder, from: String(subfolders[index].dropLast()), skippingHidden: skippingHidden), at: index)
    }
    var found: [String] = []
    var subfolder = 0
    for entry in top {
      if entry.hasSuffix("/") {
        found += listings.take(at: subfolder) ?? []
        subfolder += 1
      } else {
        found.append(entry)
      }
    }
    return found
  }

  /// The files below `folder`'s subfolder `relative`, in order, as paths relative to `folder`;
  /// empty when it cannot be opened.
  private static func sortedFiles(below folder: String, from relative: String, skippingHidden: Bool) -> [String] {
    var found: [String] = []
    // The folders being listed, innermost last: the prefix of their paths, their entries in
    // order, and how many of those are done.
    var open: [(prefix: String, entries: [String], next: Int)] = []
    func enter(_ relative: String) {
      if let entries = sortedEntries(of: folder + "/" + relative, skippingHidden: skippingHidden) {
        open.append((relative + "/", entries, 0))
      }
    }
    enter(relative)
    while let (prefix, entries, next) = open.last {
      guard next < entries.count else {
        open.removeLast()
        continue
      }
      open[open.count - 1].next += 1
      // Names hold no "/": a final one marks a folder.
      if entries[next].hasSuffix("/") {
        enter(prefix + entries[next].dropLast())
      } else {
        found.append(prefix + entries[next])
      }
    }
    return found
  }

  /// A folder's names, a subfolder's with a final "/", sorted (equal texts by their bytes);
  /// nil when it cannot be opened.
  private static func sortedEntries(of path: String, skippingHidden: Bool) -> [String]? {
    var entries: [String] = []
    let opened = readFolder(path, skippingHidden: skippingHidden) { name, isFolder in
      entries.append(String(decoding: name, as: UTF8.self) + (isFolder ? "/" : ""))
    }
    guard opened else { return nil }
    entries.sort { $0 < $1 || ($0 == $1 && $0.utf8.lexicographicallyPrecedes($1.utf8)) }
    return entries
  }

  /// How many files `files(below:)` would list, without making a path for each (an output
  /// folder of a national tree holds 625,000), its top folders counted on all cores; nil when
  /// `folder` cannot be opened.
  static func fileCount(below folder: String) -> Int? {
    var files = 0
    var subfolders: [String] = []
    let opened = walk(folder, skippingHidden: false, entering: { subfolders.append($0); return false }) { _, _ in files += 1 }
    guard opened else { return nil }
    let names = subfolders
    let counts = ParallelSlots<Int>(count: names.count)
    DispatchQueue.concurrentPerform(iterations: names.count) { index in
      var count = 0
      _ = walk(folder + "/" + names[index], skippingHidden: false) { _, _ in count += 1 }
      counts.store(count, at: index)
    }
    return files + counts.takeResults().reduce(0, +)
  }

  /// Every folder below `folder` and `folder` itself (as ""), as relative paths with `/`, in
  /// no particular order; nil when `folder` cannot be opened.
  static func folders(below folder: String, skippingHidden: Bool = false) -> [String]? {
    var found: [String] = []
    guard walk(folder, skippingHidden: skippingHidden, visiting: { found.append($0) }, { _, _ in }) else { return nil }
    return found
  }

  /// Calls `file` with the folder (relative, "" for `folder` itself) and the name's bytes of
  /// every file below `folder`, and `visiting` with each folder opened; a subfolder is
  /// walked when `entering` (given its relative path) says so. False when `folder` itself
  /// cannot be opened.
  private static func walk(
    _ folder: String, skippingHidden: Bool, visiting: (String) -> Void = { _ in },
    entering: (String) -> Bool = { _ in true }, _ file: (String, UnsafeRawBufferPointer) -> Void
  ) -> Bool {
    var pending = [""]
    while let relative = pending.popLast() {
      let opened = readFolder(relative.isEmpty ? folder : folder + "/" + relative, skippingHidden: skippingHidden) { name, isFolder in
        if isFolder {
          let subfolder = String(decoding: name, as: UTF8.self)
          let path = relative.isEmpty ? subfolder : relative + "/" + subfolder
          if entering(path) { pending.append(path) }
        } else {
          file(relative, name)
        }
      }
      if !opened && relative.isEmpty { return false }
      if opened { visiting(relative) }
    }
    return true
  }

  /// Calls `entry` with the name's bytes of each entry of the folder at `path` (not `.` and
  /// `..`; with `skippingHidden`, no name that starts with `.`) and whether it is a folder;
  /// false when the folder cannot be opened.
  private static func readFolder(_ path: String, skippingHidden: Bool, _ entry: (UnsafeRawBufferPointer, Bool) -> Void) -> Bool {
    guard let directory = opendir(path) else { return false }
    defer { closedir(directory) }
    while let found = readdir(directory) {
      withUnsafeBytes(of: found.pointee.d_name) { raw in
        let name = UnsafeRawBufferPointer(rebasing: raw.prefix { $0 != 0 })
        let dot = UInt8(ascii: ".")
        if name.first == dot && (name.count == 1 || (name.count == 2 && name[1] == dot) || skippingHidden) { return }
        var isFolder = Int32(found.pointee.d_type) == Int32(DT_DIR)
        if Int32(found.pointee.d_type) == Int32(DT_UNKNOWN) {
          // File systems that do not give the type: ask.
          var status = stat()
          guard lstat(path + "/" + String(decoding: name, as: UTF8.self), &status) == 0 else { return }
          isFolder = (status.st_mode & S_IFMT) == S_IFDIR
        }
        entry(name, isFolder)
      }
    }
    return true
  }
}
