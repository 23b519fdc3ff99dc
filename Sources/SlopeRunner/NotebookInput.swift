import Foundation

/// A notebook named on the command line, directly or by a folder that holds it.
public struct NotebookInput: Hashable, Sendable {
  /// The path as the user would write it: the given path joined with the path inside a given folder.
  public var path: String
  /// The path relative to the PATH argument that found it (its file name when PATH is the file).
  public var relativePath: String

  /// The file name without `.md`.
  public var stem: String {
    let name = (relativePath as NSString).lastPathComponent
    return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
  }
}

/// Finds the notebooks that command-line paths name.
public enum NotebookFinder {
  /// Every notebook the paths name, in a stable order: the paths' order, then by relative path
  /// within each folder.
  ///
  /// - Throws: ``RunnerError`` when a path does not exist or a folder holds no notebook.
  public static func find(_ paths: [String]) throws(RunnerError) -> [NotebookInput] {
    var found: [NotebookInput] = []
    var seen: Set<String> = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw RunnerError(path: path, message: "no such file or folder")
      }
      let inputs: [NotebookInput]
      if isDirectory.boolValue {
        inputs = notebooks(inFolder: path)
        guard !inputs.isEmpty else {
          throw RunnerError(path: path, message: "the folder holds no notebooks (*.md files)")
        }
      } else {
        inputs = [NotebookInput(path: path, relativePath: (path as NSString).lastPathComponent)]
      }
      for input in inputs where seen.insert(standardized(input.path)).inserted {
        found.append(input)
      }
    }
    return found
  }

  private static func notebooks(inFolder folder: String) -> [NotebookInput] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
    var relativePaths: [String] = []
    while let relative = enumerator.nextObject() as? String {
      let name = (relative as NSString).lastPathComponent
      if name.hasPrefix(".") {
        enumerator.skipDescendants()
        continue
      }
      guard name.hasSuffix(".md") else { continue }
      var isDirectory: ObjCBool = false
      let full = (folder as NSString).appendingPathComponent(relative)
      if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
        relativePaths.append(relative)
      }
    }
    // Byte order, not the file system's, so every machine sees the same order.
    relativePaths.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    return relativePaths.map { relative in
      NotebookInput(path: (folder as NSString).appendingPathComponent(relative), relativePath: relative)
    }
  }

  static func standardized(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }
}

/// A problem with a file or the command line: reported as `PATH: error: MESSAGE`, exit status 2.
public struct RunnerError: Error, Equatable, Sendable, CustomStringConvertible {
  public var path: String
  public var location: String?
  public var message: String

  public init(path: String, location: String? = nil, message: String) {
    self.path = path
    self.location = location
    self.message = message
  }

  public var description: String {
    let place = location.map { "\(path):\($0)" } ?? path
    return "\(place): error: \(message)"
  }
}
