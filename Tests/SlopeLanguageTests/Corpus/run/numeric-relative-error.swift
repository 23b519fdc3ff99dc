// Checks absolute and relative errors of approximations of sqrt(2).
import Foundation

let exact = sqrt(2.0)
let approximations = [1.4, 1.41, 1.414, 1.4142]
for a in approximations {
  let absolute = abs(a - exact)
  let relative = absolute / exact
  print(a, String(format: "%.3e %.3e", absolute, relative))
}
