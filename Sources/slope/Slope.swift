import ArgumentParser

@main
struct Slope: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Run and verify Markdown notebooks of Swift calculations.")
}
