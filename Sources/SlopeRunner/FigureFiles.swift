import Foundation
import SlopeDocument

/// Keeps a notebook's `STEM.figures/` folder in step with what it references.
enum FigureFiles {
  /// The attribute that marks an SVG file as Slope's, so only Slope's own files are ever removed.
  static let marker = "data-generator=\"slope\""

  /// How the Markdown refers to a figure file: `STEM.figures/NAME`.
  static func link(stem: String, fileName: String) -> String {
    "\(stem).figures/\(fileName)"
  }

  /// The figure folder of a notebook whose Markdown is (or is written) at `markdownPath`.
  static func folder(beside markdownPath: String, stem: String) -> String {
    let directory = (markdownPath as NSString).deletingLastPathComponent
    // Messages name this folder, so a notebook in the current folder gets `STEM.figures`, not `./…`.
    return directory.isEmpty ? "\(stem).figures" : directory + "/\(stem).figures"
  }

  /// Writes the run's SVG figures beside `markdownPath` and removes Slope's files it no longer uses.
  static func update(for execution: NotebookExecution, beside markdownPath: String) throws(RunnerError) {
    let folder = Self.folder(beside: markdownPath, stem: execution.stem)
    let figures = execution.blocks.flatMap(\.figures).filter { $0.format == .svg }
    let wanted = Set(figures.map(\.fileName))
    if !figures.isEmpty {
      try FileWriter.makeFolder(folder)
      for figure in figures {
        let path = folder + "/" + figure.fileName
        let bytes = Array(marked(figure.content).utf8)
        if FileManager.default.contents(atPath: path).map([UInt8].init) != bytes {
          try FileWriter.writeAtomically(bytes, to: path)
        }
      }
    }
    guard let existing = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for name in existing where name.hasSuffix(".svg") && !wanted.contains(name) {
      let path = folder + "/" + name
      if let data = FileManager.default.contents(atPath: path), String(decoding: data, as: UTF8.self).contains(marker) {
        try? FileManager.default.removeItem(atPath: path)
      }
    }
    if (try? FileManager.default.contentsOfDirectory(atPath: folder))?.isEmpty == true {
      try? FileManager.default.removeItem(atPath: folder)
    }
  }

  /// The SVG with Slope's marker on its root element.
  static func marked(_ svg: String) -> String {
    guard !svg.contains(marker), let range = svg.range(of: "<svg") else { return svg }
    return svg.replacingCharacters(in: range, with: "<svg \(marker)")
  }
}
