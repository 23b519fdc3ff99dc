// What differentiation costs inside the interpreter: `derivative(at:of:)` against one plain call of
// the same function, and `gradient(at:of:)` of an n-variable function against one plain call, for
// n = 1, 2 and 8 and two functions. Each ratio subtracts the cost of the loop itself.
//
//   swift run -c release --package-path Benchmarks DerivativeBenchmark
import Foundation
import SlopeLanguage

let iterations = 50_000

/// The processor time the process has used, in seconds.
///
/// - Note: Processor time rather than wall-clock time: on a shared virtual machine the process is descheduled
///   in bursts, which wall-clock time counts and processor time does not.
func processorSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// The seconds each block takes in a fresh session that already holds `setup`, in each of `rounds` rounds that
/// run every block once in turn, so that a burst of load on the machine hits the blocks of one round alike.
func seconds(_ bodies: [String], setup: String, rounds: Int = 25) -> [[Double]] {
  (0..<rounds).map { _ in
    bodies.map { body in
      let session = Session(limits: Session.Limits(secondsPerBlock: 600))
      let prepared = session.run(setup)
      if let error = prepared.error { fatalError("setup failed: \(error.rendered)") }
      let start = processorSeconds()
      let outcome = session.run(body)
      let elapsed = processorSeconds() - start
      if let error = outcome.error { fatalError("benchmark block failed: \(error.rendered)") }
      return elapsed
    }
  }
}

/// The median over rounds of `(costly - base) / (cheap - base)`, each round's three times `[base, cheap, costly]`.
///
/// - Note: A ratio of differences magnifies noise: one burst in a variant's least time, or a least time of the
///   base that is unusually low, moves it by several times. Within one round the three runs follow each other,
///   and the median of the rounds' ratios ignores the rounds that a burst hit.
func medianRatio(_ rounds: [[Double]]) -> Double {
  let ratios = rounds.map { ($0[2] - $0[0]) / ($0[1] - $0[0]) }.sorted()
  return ratios[ratios.count / 2]
}

/// The least time of each block over the rounds.
func least(_ rounds: [[Double]]) -> [Double] {
  rounds.dropFirst().reduce(rounds[0]) { zip($0, $1).map { Swift.min($0, $1) } }
}

func loop(_ statement: String) -> String {
  """
  var total = 0.0
  for i in 0..<\(iterations) {
    let x = 0.5 + Double(i % 100) / 100
    \(statement)
  }
  print(total)
  """
}

let scalarSetup = "func f(_ x: Double) -> Double { x * x * sin(x) + exp(x) / (1 + x) }"
let scalar = seconds(
  [loop("total += x"), loop("total += f(x)"), loop("total += derivative(at: x, of: f)")],
  setup: scalarSetup
)
let scalarLeast = least(scalar)
let (empty, plain, derivative) = (scalarLeast[0], scalarLeast[1], scalarLeast[2])
print(
  String(
    format: "plain call: %.1f ns, derivative(at:of:): %.1f ns",
    (plain - empty) / Double(iterations) * 1e9,
    (derivative - empty) / Double(iterations) * 1e9
  )
)
print(String(format: "derivative(at:of:) / plain call: %.2f× (target ≤ 3×)", medianRatio(scalar)))

// Two n-variable functions: Σ f(vᵢ) with the scalar `f` above, and a lighter Σ vᵢ² sin vᵢ, where the fixed
// cost of a gradient (a new argument array and a result array) weighs more.
let summands = [
  ("Σ f(vᵢ)", "x * x * sin(x) + exp(x) / (1 + x)"),
  ("Σ vᵢ² sin vᵢ", "x * x * sin(x)"),
]
for (name, summand) in summands {
  for n in [1, 2, 8] {
    let setup = """
      func g(_ v: [Double]) -> Double {
        var sum = 0.0
        for x in v { sum += \(summand) }
        return sum
      }
      var point: [Double] = Array(repeating: 0.5, count: \(n))
      """
    let vectorLoop = { (statement: String) in
      """
      var total = 0.0
      for i in 0..<\(iterations / 4) {
        point[0] = 0.5 + Double(i % 100) / 100
        \(statement)
      }
      print(total)
      """
    }
    let times = seconds(
      [
        vectorLoop("total += point[0]"), vectorLoop("total += g(point)"),
        vectorLoop("total += gradient(at: point, of: g)[0]"),
      ],
      setup: setup
    )
    let ratio = medianRatio(times)
    print(String(format: "%@, n = %d: gradient / plain call: %.2f× (target ≤ %d×)", name, n, ratio, 3 * n))
  }
}
