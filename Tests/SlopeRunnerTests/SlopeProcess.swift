import Foundation

/// Runs the built `slope` executable, as a user would, and captures what it prints.
struct SlopeProcess {
  struct Result {
    var status: Int32
    var output: String
    var error: String
  }

  /// The `slope` binary beside the test bundle in the build folder.
  static var executable: URL {
    var folder = Bundle.module.bundleURL
    folder.deleteLastPathComponent()
    return folder.appendingPathComponent("slope")
  }

  static func run(_ arguments: [String], in directory: URL? = nil) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    // Files rather than pipes: a child that fills one pipe while the parent drains the other would
    // block forever.
    let capture = try TemporaryFolder()
    let outputPath = capture.path("stdout")
    let errorPath = capture.path("stderr")
    FileManager.default.createFile(atPath: outputPath, contents: nil)
    FileManager.default.createFile(atPath: errorPath, contents: nil)
    let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
    let error = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
    defer {
      try? output.close()
      try? error.close()
    }
    process.standardOutput = output
    process.standardError = error
    try process.run()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus,
      output: String(decoding: capture.read("stdout") ?? [], as: UTF8.self),
      error: String(decoding: capture.read("stderr") ?? [], as: UTF8.self)
    )
  }
}

/// A fresh folder for one test, removed when the test ends.
final class TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("slope-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }

  /// Writes a file inside the folder and returns its path.
  @discardableResult
  func write(_ name: String, _ contents: String) throws -> String {
    try write(name, bytes: Array(contents.utf8))
  }

  @discardableResult
  func write(_ name: String, bytes: [UInt8]) throws -> String {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: file)
    return file.path
  }

  func path(_ name: String) -> String { url.appendingPathComponent(name).path }

  func read(_ name: String) -> [UInt8]? {
    FileManager.default.contents(atPath: path(name)).map([UInt8].init)
  }

  func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }
}
