import Foundation
import SlopeCalculus
import Testing

/// Every symbolic catalogue function, its formula, derivatives (Swift and LaTeX) and SymPy's derivative, as a
/// golden file: `Fixtures/derivatives.txt`. Regenerate with `SLOPE_RECORD_GOLDENS=1 swift test`.
@Suite struct GoldenTests {
  @Test func symbolicDerivativesOfTheCatalogue() throws {
    let fixture = try CatalogueFixture.load()
    let entries = Dictionary(uniqueKeysWithValues: fixture.entries.map { ($0.name, $0) })
    var lines: [String] = []
    for (name, body) in Catalogue.smooth(SymbolicExpression.self) {
      guard let entry = entries[name] else { continue }
      let formula = body(entry.variables.map { .variable(named: $0) })
      lines.append("\(name): \(formula.swiftSource)")
      for (index, variable) in entry.variables.enumerated() {
        let derivative = formula.derivative(withRespectTo: variable)
        lines.append("  d/d\(variable) swift: \(derivative.swiftSource)")
        lines.append("  d/d\(variable) latex: \(derivative.latex)")
        lines.append("  d/d\(variable) sympy: \(entry.sympyDerivatives?[index] ?? "-")")
      }
    }
    try assertGolden(lines.joined(separator: "\n") + "\n", named: "derivatives.txt")
  }

  private func assertGolden(_ text: String, named name: String) throws {
    let url = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
      .appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["SLOPE_RECORD_GOLDENS"] == "1" {
      // The bundle holds a copy; write the source file next to this test file.
      let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent(name)
      try text.write(to: source, atomically: true, encoding: .utf8)
      Issue.record("recorded new golden \(name); run the tests again without SLOPE_RECORD_GOLDENS")
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record("missing golden \(name); record it with SLOPE_RECORD_GOLDENS=1")
      return
    }
    #expect(text == expected)
  }
}
