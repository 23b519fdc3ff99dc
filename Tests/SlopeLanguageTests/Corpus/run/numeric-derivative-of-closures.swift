// Checks forward differences of several closures at one point.
import Foundation

let functions: [(name: String, f: (Double) -> Double)] = [
  (name: "square", f: { $0 * $0 }),
  (name: "sin", f: { sin($0) }),
  (name: "exp", f: { exp($0) }),
]
let x = 1.0
let h = 1e-5
for entry in functions {
  let slope = (entry.f(x + h) - entry.f(x)) / h
  print(entry.name, String(format: "%.6f", slope))
}
