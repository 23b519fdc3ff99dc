// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "slope",
  products: [
    .executable(name: "slope", targets: ["slope"]),
    .library(name: "SlopeDocument", targets: ["SlopeDocument"]),
    .library(name: "SlopeCalculus", targets: ["SlopeCalculus"]),
    .library(name: "SlopeFigures", targets: ["SlopeFigures"]),
    .library(name: "SlopeLanguage", targets: ["SlopeLanguage"]),
    .library(name: "SlopeRunner", targets: ["SlopeRunner"]),
  ],
  dependencies: [
    .package(url: "https://github.com/swiftlang/swift-syntax", exact: "603.0.1"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
  ],
  targets: [
    // The C boundary: a module map over the system's libcmark.
    .systemLibrary(
      name: "CCmark",
      pkgConfig: "libcmark",
      providers: [.apt(["libcmark-dev"])]
    ),
    // Markdown documents: cmark parsing into Swift values, calculation blocks, splicing, HTML fragments.
    .target(name: "SlopeDocument", dependencies: ["CCmark"]),
    // Pure mathematics of derivatives: dual numbers, finite differences, symbolic formulas.
    .target(name: "SlopeCalculus"),
    // Figures as data, nice ticks, and the SVG and text renderers.
    .target(name: "SlopeFigures"),
    // The calculation language: Swift syntax lowered to slots and interpreted with Swift's semantics and printing.
    .target(
      name: "SlopeLanguage",
      dependencies: [
        "SlopeCalculus",
        "SlopeFigures",
        .product(name: "SwiftSyntax", package: "swift-syntax"),
        .product(name: "SwiftParser", package: "swift-syntax"),
        .product(name: "SwiftOperators", package: "swift-syntax"),
        .product(name: "SwiftDiagnostics", package: "swift-syntax"),
        .product(name: "SwiftParserDiagnostics", package: "swift-syntax"),
        .product(name: "SwiftIDEUtils", package: "swift-syntax"),
      ],
      exclude: ["README.md"]
    ),
    // Notebook execution, the Markdown, HTML and JSON emitters, and verification against recorded outputs.
    .target(
      name: "SlopeRunner",
      dependencies: [
        "SlopeDocument",
        "SlopeLanguage",
        "SlopeFigures",
        .product(name: "Mustache", package: "swift-mustache"),
      ]
    ),
    // The command line.
    .executableTarget(
      name: "slope",
      dependencies: [
        "SlopeRunner",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "SlopeDocumentTests", dependencies: ["SlopeDocument"], resources: [.copy("Fixtures")]),
    .testTarget(name: "SlopeCalculusTests", dependencies: ["SlopeCalculus"], resources: [.copy("Fixtures")]),
    .testTarget(name: "SlopeFiguresTests", dependencies: ["SlopeFigures"], resources: [.copy("Fixtures")]),
    .testTarget(name: "SlopeLanguageTests", dependencies: ["SlopeLanguage"], resources: [.copy("Corpus")]),
    .testTarget(
      name: "SlopeRunnerTests",
      dependencies: ["SlopeRunner", "SlopeDocument"],
      resources: [.copy("Fixtures")]
    ),
  ]
)
