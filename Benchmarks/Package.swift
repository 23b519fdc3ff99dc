// swift-tools-version: 6.1
import PackageDescription

// Benchmarks run on demand, in a release build, never as tests: `make bench` or
// `swift run -c release --package-path Benchmarks <name>`.
let package = Package(
  name: "slope-benchmarks",
  dependencies: [
    .package(path: "..")
  ],
  targets: [
  ]
)
