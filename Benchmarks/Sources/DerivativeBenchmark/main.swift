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

/// The least seconds each block takes in a fresh session that already holds `setup`, over `rounds` rounds
/// that run every block once in turn, so that a burst of load on the machine hits all of them alike.
func seconds(_ bodies: [String], setup: String, rounds: Int = 25) -> [Double] {
  var best = [Double](repeating: .infinity, count: bodies.count)
  for _ in 0..<rounds {
    for (index, body) in bodies.enumerated() {
      let session = Session(limits: Session.Limits(secondsPerBlock: 600))
      let prepared = session.run(setup)
      if let error = prepared.error { fatalError("setup failed: \(error.rendered)") }
      let start = processorSeconds()
      let outcome = session.run(body)
      let elapsed = processorSeconds() - start
      if let error = outcome.error { fatalError("benchmark block failed: \(error.rendered)") }
      best[index] = min(best[index], elapsed)
    }
  }
  return best
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
let (empty, plain, derivative) = (scalar[0], scalar[1], scalar[2])
print(
  String(
    format: "plain call: %.1f ns, derivative(at:of:): %.1f ns",
    (plain - empty) / Double(iterations) * 1e9,
    (derivative - empty) / Double(iterations) * 1e9
  )
)
print(String(format: "derivative(at:of:) / plain call: %.2f× (target ≤ 3×)", (derivative - empty) / (plain - empty)))

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
    let (base, call, grad) = (times[0], times[1], times[2])
    let ratio = (grad - base) / (call - base)
    print(String(format: "%@, n = %d: gradient / plain call: %.2f× (target ≤ %d×)", name, n, ratio, 3 * n))
  }
}
