// Checks x.rounded() rounding halves away from zero.
import Foundation

let values = [2.5, -2.5, 0.5, 1.4999, -0.4, 3.0]
for v in values {
  print(v.rounded())
}
let x = 7.65
print((x * 10).rounded() / 10)
