import Testing

@testable import SlopeFigures

@Suite struct SamplerTests {
  @Test func straightLineComesOutAsTwoPoints() throws {
    let samples = try FunctionSampler().sample({ 4.0002 * $0 - 2.0002 }, from: 0.1, to: 1.9)
    #expect(samples.x == [0.1, 1.9])
    #expect(samples.y.count == 2)
  }

  @Test func curvesGetMorePointsWhereTheyBend() throws {
    let samples = try FunctionSampler().sample({ 2 * $0 * $0 }, from: 0, to: 5)
    #expect(samples.x.first == 0)
    #expect(samples.x.last == 5)
    #expect(samples.x.count > 20)
    #expect(samples.x.count < 2_000)
    let allFinite = samples.y.allSatisfy { $0.isFinite }
    #expect(allFinite)
    // A kink is refined until it is pinned down, and the straight pieces either side stay bare.
    let kink = try FunctionSampler().sample({ abs($0 - 0.3) }, from: -1, to: 1)
    #expect(kink.x.contains { $0 < 0.3 && $0 > 0.299 })
    #expect(kink.x.contains { $0 > 0.3 && $0 < 0.301 })
    #expect(kink.x.count < 10)
  }

  @Test func samplingIsDeterministic() throws {
    let first = try FunctionSampler().sample({ $0 * $0 * $0 - 2 * $0 }, from: -3, to: 3)
    let second = try FunctionSampler().sample({ $0 * $0 * $0 - 2 * $0 }, from: -3, to: 3)
    #expect(first == second)
  }

  @Test func nonFiniteValuesBreakTheLine() throws {
    let samples = try FunctionSampler().sample({ 1 / $0 }, from: -1, to: 1)
    let gaps = samples.y.filter(\.isNaN).count
    #expect(gaps == 1)
    #expect(samples.y.filter { $0.isInfinite }.isEmpty)
    let domain = try FunctionSampler().sample({ ($0 * $0 - 1).squareRoot() }, from: -2, to: 2)
    #expect(domain.y.filter(\.isNaN).count == 1)
    // The edges of the gap are found closely: the last point before it is near x = −1.
    let gapIndex = try #require(domain.y.firstIndex { $0.isNaN })
    #expect(domain.x[gapIndex - 1] > -1.01)
  }

  @Test func invalidRangesAreErrors() {
    #expect(throws: FigureError.invalidRange(from: 1, to: 1)) { try FunctionSampler().sample({ $0 }, from: 1, to: 1) }
    #expect(throws: FigureError.self) { try FunctionSampler().sample({ $0 }, from: 0, to: .infinity) }
  }

  @Test func errorsOfTheFunctionPassThrough() {
    struct Boom: Error {}
    #expect(throws: Boom.self) { try FunctionSampler().sample({ _ in throw Boom() }, from: 0, to: 1) }
  }

  @Test func evaluationsAreBounded() throws {
    var calls = 0
    let sampler = FunctionSampler()
    _ = try sampler.sample(
      { x in
        calls += 1
        return x == 0 ? 0 : x * Double(Int(1 / x) % 2)
      },
      from: -1,
      to: 1
    )
    #expect(calls <= sampler.maximumEvaluations)
  }
}
