#if canImport(Glibc)
  import Glibc
#endif

/// Every file (anything but a folder) below a folder, as relative paths with `/`, read with `readdir` alone
/// (the entry's type comes with its name, so a large output folder costs no `stat` per file).
enum DirectoryListing {
  /// Sorted unless `sorted` is false; nil when `folder` itself cannot be opened. With
  /// `skippingHidden`, names that start with `.` are left out, folders with all they hold.
  static func files(below folder: String, skippingHidden: Bool = false, sorted: Bool = true) -> [String]? {
    var found: [String] = []
    var pending = [""]
    while let relative = pending.popLast() {
      guard let directory = opendir(relative.isEmpty ? folder : folder + "/" + relative) else {
        if relative.isEmpty { return nil }
        continue
      }
      defer { closedir(directory) }
      while let entry = readdir(directory) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if name == "." || name == ".." || (skippingHidden && name.hasPrefix(".")) { continue }
        let path = relative.isEmpty ? name : relative + "/" + name
        switch Int32(entry.pointee.d_type) {
        case Int32(DT_DIR): pending.append(path)
        case Int32(DT_UNKNOWN):
          // File systems that do not give the type: ask.
          var status = stat()
          guard lstat(folder + "/" + path, &status) == 0 else { continue }
          if (status.st_mode & S_IFMT) == S_IFDIR { pending.append(path) } else { found.append(path) }
        default: found.append(path)
        }
      }
    }
    return sorted ? found.sorted() : found
  }
}
