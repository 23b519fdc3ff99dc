// What differentiation costs inside the interpreter: `derivative(at:of:)` against one plain call of
// the same function, and `gradient(at:of:)` of an n-variable function against one plain call, for
// n = 1, 2 and 8. Each ratio subtracts the cost of the loop itself.
//
//   swift run -c release --package-path Benchmarks DerivativeBenchmark
import Foundation
import SlopeLanguage

let iterations = 200_000

/// The median seconds of running a block in a fresh session that already holds `setup`.
func seconds(_ body: String, setup: String, runs: Int = 5) -> Double {
  var times: [Double] = []
  for _ in 0..<runs {
    let session = Session(limits: Session.Limits(secondsPerBlock: 600))
    let prepared = session.run(setup)
    if let error = prepared.error { fatalError("setup failed: \(error.rendered)") }
    let start = DispatchTime.now()
    let outcome = session.run(body)
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
    if let error = outcome.error { fatalError("benchmark block failed: \(error.rendered)") }
  }
  return times.sorted()[runs / 2]
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
let empty = seconds(loop("total += x"), setup: scalarSetup)
let plain = seconds(loop("total += f(x)"), setup: scalarSetup)
let derivative = seconds(loop("total += derivative(at: x, of: f)"), setup: scalarSetup)
print(
  String(
    format: "plain call: %.1f ns, derivative(at:of:): %.1f ns",
    (plain - empty) / Double(iterations) * 1e9,
    (derivative - empty) / Double(iterations) * 1e9
  )
)
print(String(format: "derivative(at:of:) / plain call: %.2f× (target ≤ 3×)", (derivative - empty) / (plain - empty)))

for n in [1, 2, 8] {
  let setup = """
    func g(_ v: [Double]) -> Double {
      var sum = 0.0
      for value in v { sum += value * value * sin(value) }
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
  let base = seconds(vectorLoop("total += point[0]"), setup: setup)
  let call = seconds(vectorLoop("total += g(point)"), setup: setup)
  let grad = seconds(vectorLoop("total += gradient(at: point, of: g)[0]"), setup: setup)
  let ratio = (grad - base) / (call - base)
  print(String(format: "n = %d: gradient / plain call: %.2f× (target ≤ %d×)", n, ratio, 3 * n))
}
