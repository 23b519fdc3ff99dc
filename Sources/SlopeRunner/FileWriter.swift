import Foundation

/// Writes files so that a reader sees either the old or the new content, never a mix.
enum FileWriter {
  /// Writes `bytes` to a temporary file beside `path`, flushes it to disk, then renames it over `path`.
  ///
  /// An existing file keeps its permissions, and a symbolic link keeps pointing at the file it names,
  /// which is rewritten: `--in-place` changes a notebook's content, not what kind of file it is.
  static func writeAtomically(_ bytes: [UInt8], to givenPath: String) throws(RunnerError) {
    var path = givenPath
    if (try? FileManager.default.destinationOfSymbolicLink(atPath: givenPath)) != nil {
      path = URL(fileURLWithPath: givenPath).resolvingSymlinksInPath().path
    }
    var existing = stat()
    let mode: mode_t? = stat(path, &existing) == 0 ? existing.st_mode & 0o7777 : nil
    let directory = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    let temporary = (directory.isEmpty ? "." : directory) + "/.\(name).slope-\(getpid()).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else {
      throw RunnerError(path: givenPath, message: "cannot write: \(String(cString: strerror(errno)))")
    }
    if let mode { fchmod(descriptor, mode) }
    var written = 0
    var failure: Int32 = 0
    bytes.withUnsafeBytes { buffer in
      while written < buffer.count {
        let result = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
        if result < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        written += result
      }
    }
    if failure == 0 && fsync(descriptor) != 0 { failure = errno }
    close(descriptor)
    if failure == 0 && rename(temporary, path) != 0 { failure = errno }
    if failure != 0 {
      unlink(temporary)
      throw RunnerError(path: givenPath, message: "cannot write: \(String(cString: strerror(failure)))")
    }
  }

  /// Creates a folder and its parents.
  static func makeFolder(_ path: String) throws(RunnerError) {
    do {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    } catch {
      throw RunnerError(path: path, message: "cannot create the folder")
    }
  }

  /// Reads a whole file.
  static func read(_ path: String) throws(RunnerError) -> [UInt8] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw RunnerError(path: path, message: "no such file")
    }
    guard !isDirectory.boolValue else { throw RunnerError(path: path, message: "is a folder, not a notebook") }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw RunnerError(path: path, message: "cannot read the file")
    }
    return [UInt8](data)
  }
}
