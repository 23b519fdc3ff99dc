import Foundation

/// Prints a check's differences in the requested format, in notebook and block order.
struct CheckReporter {
  var format: CheckRequest.Format
  var console: Console

  func report(_ checks: [[BlockCheck]]) {
    switch format {
    case .text:
      for check in checks.joined() {
        guard let problem = check.problem else { continue }
        console.report("\(check.path):\(check.line): error: \(problem.message)")
        if !problem.diff.isEmpty { console.report(problem.diff) }
      }
    case .github:
      for check in checks.joined() {
        guard let problem = check.problem else { continue }
        let text = problem.diff.isEmpty ? problem.message : problem.message + "\n" + problem.diff
        console.report("::error file=\(property(check.path)),line=\(check.line)::\(data(text))")
      }
    case .json:
      let failures = checks.joined().compactMap { check -> [String: Any]? in
        guard let problem = check.problem else { return nil }
        return ["path": check.path, "line": check.line, "message": problem.message, "diff": problem.diff]
      }
      let options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
      if let data = try? JSONSerialization.data(withJSONObject: ["failures": failures], options: options) {
        console.print(String(decoding: data, as: UTF8.self) + "\n")
      }
    }
  }

  func summary(_ checks: [[BlockCheck]], seconds: Double) {
    let blocks = checks.joined().filter { $0.result.items != nil }.count
    let failures = checks.joined().filter { $0.problem != nil }.count
    console.report(
      BatchSummary.line(
        verb: "Checked",
        notebooks: checks.count,
        blocks: blocks,
        failures: failures,
        success: "all match",
        seconds: seconds
      )
    )
  }

  /// Escapes a workflow command's message, where newlines and `%` are encoded.
  private func data(_ text: String) -> String {
    text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
      .replacingOccurrences(of: "\n", with: "%0A")
  }

  /// Escapes a workflow command's property value, where `:` and `,` are encoded too.
  private func property(_ text: String) -> String {
    data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
  }
}

/// The last line of a batch: what ran, what failed, how long it took.
enum BatchSummary {
  static func line(verb: String, notebooks: Int, blocks: Int, failures: Int, success: String, seconds: Double) -> String
  {
    let verdict = failures == 0 ? success : "\(failures) failure\(failures == 1 ? "" : "s")"
    return "\(verb) \(notebooks) notebook\(notebooks == 1 ? "" : "s"), \(blocks) block\(blocks == 1 ? "" : "s"): "
      + "\(verdict) (\(String(format: "%.2f", seconds)) s)"
  }
}

/// A JUnit XML report of a check: one test suite per notebook, one test case per block.
enum JUnitReport {
  static func xml(_ checks: [[BlockCheck]]) -> String {
    let total = checks.joined().count
    let failures = checks.joined().filter { $0.problem != nil }.count
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml += "<testsuites name=\"slope check\" tests=\"\(total)\" failures=\"\(failures)\">\n"
    for notebook in checks {
      guard let path = notebook.first?.path else { continue }
      let notebookFailures = notebook.filter { $0.problem != nil }.count
      xml += "  <testsuite name=\"\(escape(path))\" tests=\"\(notebook.count)\" failures=\"\(notebookFailures)\">\n"
      for check in notebook {
        let name = "\(path):\(check.result.block.code.start.line)"
        let id = check.result.block.options.id.map { " (\($0))" } ?? ""
        xml += "    <testcase classname=\"\(escape(path))\" name=\"\(escape(name + id))\""
        if check.result.items == nil {
          xml += ">\n      <skipped message=\"no-run\"/>\n    </testcase>\n"
        } else if let problem = check.problem {
          xml += ">\n      <failure message=\"\(escape(problem.message))\">\(escape(problem.diff))</failure>\n"
          xml += "    </testcase>\n"
        } else {
          xml += "/>\n"
        }
      }
      xml += "  </testsuite>\n"
    }
    return xml + "</testsuites>\n"
  }
}
