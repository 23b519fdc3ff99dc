// swift-tools-version: 6.1
import Foundation
import PackageDescription

// Benchmarks run on demand, in a release build, never as tests: `make bench`, or one of them with
// `swift run -c release --package-path Benchmarks <Name>Benchmark`.

/// SwiftPM names a path dependency after its folder, which is wherever the project was cloned.
let projectIdentity = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent

/// A library product of the project.
func slope(_ product: String) -> Target.Dependency {
  .product(name: product, package: projectIdentity)
}

let package = Package(
  name: "slope-benchmarks",
  dependencies: [
    .package(path: "..")
  ],
  targets: [
    .executableTarget(name: "DocumentBenchmark", dependencies: [slope("SlopeDocument")]),
    .executableTarget(name: "FiguresBenchmark", dependencies: [slope("SlopeFigures")]),
    .executableTarget(name: "LanguageBenchmark", dependencies: [slope("SlopeLanguage")]),
    .executableTarget(name: "RunnerBenchmark", dependencies: [slope("SlopeRunner")]),
    .executableTarget(name: "DerivativeBenchmark", dependencies: [slope("SlopeLanguage")]),
    // Runs the `slope` executable the project builds, so it links nothing of it.
    .executableTarget(name: "StartupBenchmark"),
  ]
)
